package uk.gov.vigil.search.domain;

import java.time.LocalDate;

/**
 * What the searcher knows of a date of birth: the whole date, part of it (a year, or a month and year), or a range
 * of years. Any part may be null.
 */
public record BirthDateQuery(Integer day, Integer month, Integer year, Integer yearFrom, Integer yearTo) {

    public static final BirthDateQuery NONE = new BirthDateQuery(null, null, null, null, null);

    public static BirthDateQuery exactly(LocalDate date) {
        return new BirthDateQuery(date.getDayOfMonth(), date.getMonthValue(), date.getYear(), null, null);
    }

    public boolean given() {
        return day != null || month != null || year != null || yearFrom != null || yearTo != null;
    }

    /** The whole date, if the searcher gave it. */
    public LocalDate exact() {
        if (day == null || month == null || year == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException notADate) {
            return null;
        }
    }
}
