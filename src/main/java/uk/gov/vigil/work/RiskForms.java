package uk.gov.vigil.work;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;

import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.web.DateInput;

/** What the risk management forms share: GOV.UK date inputs, errors placed at their fields, the form echoed back. */
final class RiskForms {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy");

    private RiskForms() {
    }

    /**
     * A date typed in the three boxes named {@code prefix-day}, {@code prefix-month} and {@code prefix-year}; null
     * when all were left empty (the service then says whether it is required), or when they make no real date, which
     * is reported at the day box naming the field.
     */
    static LocalDate date(Map<String, String> form, String prefix, String label, List<FieldViolation> errors) {
        String day = form.get(prefix + "-day");
        String month = form.get(prefix + "-month");
        String year = form.get(prefix + "-year");
        if (!DateInput.given(day, month, year)) {
            return null;
        }
        LocalDate date = DateInput.parse(day, month, year).orElse(null);
        if (date == null) {
            errors.add(new FieldViolation(prefix + "-day", label + " must be a real date, for example 28 11 2026"));
        }
        return date;
    }

    /** Fills the three boxes of a date input. */
    static void putDate(Map<String, String> form, String prefix, LocalDate date) {
        form.put(prefix + "-day", date == null ? null : String.valueOf(date.getDayOfMonth()));
        form.put(prefix + "-month", date == null ? null : String.valueOf(date.getMonthValue()));
        form.put(prefix + "-year", date == null ? null : String.valueOf(date.getYear()));
    }

    /**
     * The service's violation at the form field it belongs to, as a sentence that names it.
     *
     * @param fields service field name to {page field id, words that name it}
     */
    static FieldViolation onPage(FieldViolation v, Map<String, String[]> fields, String fallbackField) {
        String[] field = fields.get(v.field());
        if (field == null) {
            return new FieldViolation(fallbackField, v.message());
        }
        return new FieldViolation(field[0], field[1] + " " + v.message());
    }

    /** The form, its errors (null when none, so no summary shows) and each field's first error. */
    static void show(Model model, Map<String, String> form, List<FieldViolation> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors.isEmpty() ? null : errors);
        Map<String, String> errorFields = new HashMap<>();
        errors.forEach(e -> errorFields.putIfAbsent(e.field(), e.message()));
        model.addAttribute("errorFields", errorFields);
    }

    /** "at 10:15 on 28 November 2026", for saying when someone else changed something. */
    static String when(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(EnglandAndWales.ZONE));
    }

    static boolean checked(Map<String, String> form, String name) {
        return "true".equals(form.get(name));
    }
}
