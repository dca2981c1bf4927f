package uk.gov.vigil.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.offender.domain.Sex;
import uk.gov.vigil.search.application.SearchService;
import uk.gov.vigil.search.domain.BirthDateQuery;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;

/**
 * Find an offender: the national search by name (either order, aliases included, tolerant of misspellings,
 * sound-alikes and nicknames), any part of a date of birth, sex, PNC ID or postcode, across every agency, ranked
 * with the reasons each result matched. Opening a result shows the full record or the summary, as the user's
 * access allows.
 */
@Controller
class FindPageController {

    private final SearchService search;

    FindPageController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/find")
    String find(@RequestParam Map<String, String> form, VigilUser user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("sexes", Sex.values());
        if (form.isEmpty()) {
            return "find";
        }
        List<FieldViolation> errors = new ArrayList<>();
        BirthDateQuery birth = new BirthDateQuery(number(form, "dob-day", 1, 31, "day", errors),
                number(form, "dob-month", 1, 12, "month", errors), number(form, "dob-year", 1900, 2100, "year", errors),
                null, null);
        if (errors.isEmpty() && birth.day() != null && birth.month() != null && birth.year() != null
                && birth.exact() == null) {
            errors.add(new FieldViolation("dob-day", "Enter a real date of birth, for example 17 5 1980"));
        }
        if (errors.isEmpty()) {
            try {
                model.addAttribute("results", search.search(new SearchService.Query(form.get("givenNames"),
                        form.get("familyName"), birth, FormValues.choiceName(form.get("sex"), Sex.class), form.get("pncId"),
                        form.get("croNumber"), form.get("niNumber"), form.get("postcode"), form.get("passportNumber"),
                        form.get("address")), user).results());
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(v -> errors.add(new FieldViolation(
                        pageField(v.field()), v.message())));
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        return "find";
    }

    private static String pageField(String field) {
        return switch (field) {
            case "dateOfBirth" -> "dob-day";
            case "nationalInsuranceNumber" -> "niNumber";
            default -> field;
        };
    }

    private static Integer number(Map<String, String> form, String field, int min, int max, String part,
            List<FieldViolation> errors) {
        String text = form.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(new FieldViolation("dob-day", "The " + part + " of birth must be a number from " + min + " to "
                + max));
        return null;
    }
}
