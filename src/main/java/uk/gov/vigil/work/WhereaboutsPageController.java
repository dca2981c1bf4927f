package uk.gov.vigil.work;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.application.OffenderView;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.StaleVersionException;
import uk.gov.vigil.whereabouts.application.WhereaboutsService;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Circumstance;
import uk.gov.vigil.whereabouts.domain.CaseTerms.LocatedHow;
import uk.gov.vigil.whereabouts.domain.CaseTerms.OpeningReason;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Outcome;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCase;

/**
 * Whereabouts cases in pages: opening one from the record, then each step the case's state allows (declare
 * whereabouts unknown, record that the offender was located, close), each with the version the user saw, so a
 * change made meanwhile by someone else is shown, not overwritten. Enquiries and marking wanted use the API for now.
 */
@Controller
class WhereaboutsPageController {

    private final WhereaboutsService whereabouts;
    private final OffenderService offenders;
    private final Clock clock;

    WhereaboutsPageController(WhereaboutsService whereabouts, OffenderService offenders, Clock clock) {
        this.whereabouts = whereabouts;
        this.offenders = offenders;
        this.clock = clock;
    }

    @PostMapping("/offenders/{id}/whereabouts-cases")
    String open(@PathVariable UUID id, @RequestParam(required = false) OpeningReason reason, VigilUser user) {
        WhereaboutsCase opened = whereabouts.open(id, reason == null ? OpeningReason.NOT_AT_NOTIFIED_ADDRESS : reason,
                null, user);
        return "redirect:/whereabouts-cases/" + opened.id();
    }

    @GetMapping("/whereabouts-cases/{caseId}")
    String show(@PathVariable UUID caseId, VigilUser user, Model model) {
        WhereaboutsService.CaseView view = whereabouts.view(caseId, user);
        OffenderView offender = offenders.read(new OffenderId(view.whereaboutsCase().offenderId()), user);
        model.addAttribute("case", view.whereaboutsCase());
        model.addAttribute("history", view.history());
        model.addAttribute("offender", ((OffenderView.Full) offender).record().details());
        model.addAttribute("today", today());
        model.addAttribute("circumstances", Circumstance.values());
        model.addAttribute("locatedHows", LocatedHow.values());
        model.addAttribute("outcomes", Outcome.values());
        return "whereabouts-case";
    }

    @PostMapping("/whereabouts-cases/{caseId}/step")
    String step(@PathVariable UUID caseId, @RequestParam String step, @RequestParam long version,
            @RequestParam(required = false) String on, @RequestParam(required = false) Circumstance circumstance,
            @RequestParam(required = false) String text, @RequestParam(required = false) LocatedHow how,
            @RequestParam(required = false) Outcome outcome, @RequestParam(required = false) String country,
            VigilUser user, Model model) {
        try {
            LocalDate date = date(on);
            switch (step) {
                case "unknown" -> whereabouts.declareUnknown(caseId, version,
                        new WhereaboutsCase.Unknown(date, text, circumstance,
                                country == null || country.isBlank() ? null : country.strip()), user);
                case "located" -> whereabouts.locate(caseId, version,
                        new WhereaboutsCase.Located(date, text, user.agencyCode(), how), user);
                case "close" -> whereabouts.close(caseId, version, new WhereaboutsCase.Closure(date, outcome), user);
                default -> throw new InvalidInputException("step", "Choose what to record");
            }
            return "redirect:/whereabouts-cases/" + caseId;
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.violations().stream()
                    .map(v -> new FieldViolation(step + "-" + (v.field().equals("since") ? "on" : v.field()),
                            sentence(v))).toList());
        } catch (ConflictException refused) {
            model.addAttribute("errors", List.of(new FieldViolation(step + "-on", refused.getMessage())));
        } catch (StaleVersionException stale) {
            model.addAttribute("errors", List.of(new FieldViolation(step + "-on", "The case was changed by "
                    + stale.changedBy() + " at " + stale.changedAt() + " while you were looking at it; "
                    + "check it below and try again")));
        }
        return show(caseId, user, model);
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("on", "Enter the date as YYYY-MM-DD, for example " + today());
        }
    }

    private static String sentence(FieldViolation v) {
        String message = v.message();
        return message.isEmpty() ? v.field() : Character.toUpperCase(v.field().charAt(0)) + v.field().substring(1)
                + " " + message;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(EnglandAndWales.ZONE));
    }
}
