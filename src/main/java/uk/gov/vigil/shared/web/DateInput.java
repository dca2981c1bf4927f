package uk.gov.vigil.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The GOV.UK date input pattern: a date typed as separate day, month and year fields. */
public final class DateInput {

    private DateInput() {
    }

    /** @return the date, or empty if any part is missing or the parts make no real date */
    public static Optional<LocalDate> parse(String day, String month, String year) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip())));
        } catch (NumberFormatException | NullPointerException | DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** Whether any of the parts was filled in. */
    public static boolean given(String day, String month, String year) {
        return !blank(day) || !blank(month) || !blank(year);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
