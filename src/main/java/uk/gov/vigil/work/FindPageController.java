package uk.gov.vigil.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.web.DateInput;

/**
 * Finding an offender by name (the start of the family and given names, primary names and aliases), date of birth
 * or PNC ID, across every agency. Opening a result shows the full record or the summary, as the user's access
 * allows.
 */
@Controller
class FindPageController {

    private final OffenderService offenders;

    FindPageController(OffenderService offenders) {
        this.offenders = offenders;
    }

    @GetMapping("/find")
    String find(@RequestParam(required = false) String familyName, @RequestParam(required = false) String givenNames,
            @RequestParam(name = "dob-day", required = false) String day,
            @RequestParam(name = "dob-month", required = false) String month,
            @RequestParam(name = "dob-year", required = false) String year,
            @RequestParam(required = false) String pncId, VigilUser user, Model model) {
        model.addAttribute("familyName", familyName);
        model.addAttribute("givenNames", givenNames);
        model.addAttribute("day", day);
        model.addAttribute("month", month);
        model.addAttribute("year", year);
        model.addAttribute("pncId", pncId);
        if (familyName == null && givenNames == null && day == null && pncId == null) {
            return "find";
        }
        List<FieldViolation> errors = new ArrayList<>();
        LocalDate dob = null;
        if (DateInput.given(day, month, year)) {
            dob = DateInput.parse(day, month, year).orElse(null);
            if (dob == null) {
                errors.add(new FieldViolation("dob-day", "Enter a real date of birth, for example 17 5 1980"));
            }
        }
        if (errors.isEmpty()) {
            try {
                model.addAttribute("results", offenders.search(familyName, givenNames, dob, pncId, user));
            } catch (InvalidInputException invalid) {
                errors.addAll(invalid.violations());
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", errors);
        }
        return "find";
    }
}
