package uk.gov.vigil.work;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
import uk.gov.vigil.whereabouts.domain.CaseTerms.EnquiryKind;
import uk.gov.vigil.whereabouts.domain.CaseTerms.LocatedHow;
import uk.gov.vigil.whereabouts.domain.CaseTerms.OpeningReason;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Outcome;
import uk.gov.vigil.whereabouts.domain.Enquiry;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCase;

/**
 * Whereabouts cases in pages: opening one from the record, then each step the case's state allows (declare
 * whereabouts unknown, record that the offender was located, close), each with the version the user saw, so a
 * change made meanwhile by someone else is shown, not overwritten. Enquiries and marking wanted use the API for now.
 */
@Controller
class WhereaboutsPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("on", "Date"),
            Map.entry("since", "Date"), Map.entry("warrantDate", "Warrant date"),
            Map.entry("lastKnownAddress", "Last known address"), Map.entry("circumstance", "Circumstances"),
            Map.entry("country", "Country"), Map.entry("place", "Where"), Map.entry("how", "How"),
            Map.entry("outcome", "Outcome"), Map.entry("pncCirculation", "PNC circulation reference"),
            Map.entry("internationalNotice", "International notice"), Map.entry("kind", "Kind of enquiry"),
            Map.entry("result", "What the enquiry found"), Map.entry("step", "Step"),
            Map.entry("byAgency", "By agency"), Map.entry("reason", "Reason"));

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
        model.addAttribute("history", view.history().stream().map(e -> new HistoryLine(e.occurredAt()
                .atZone(EnglandAndWales.ZONE), e.type().replace('_', ' '), e.actor(), describe(e.details()))).toList());
        model.addAttribute("offender", ((OffenderView.Full) offender).record().details());
        model.addAttribute("today", today());
        model.addAttribute("circumstances", Circumstance.values());
        model.addAttribute("locatedHows", LocatedHow.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("enquiryKinds", EnquiryKind.values());
        return "whereabouts-case";
    }

    @PostMapping("/whereabouts-cases/{caseId}/step")
    String step(@PathVariable UUID caseId, @RequestParam String step, @RequestParam long version,
            @RequestParam(required = false) String on, @RequestParam(required = false) Circumstance circumstance,
            @RequestParam(required = false) String text, @RequestParam(required = false) LocatedHow how,
            @RequestParam(required = false) Outcome outcome, @RequestParam(required = false) String country,
            @RequestParam(required = false) String notice, VigilUser user, Model model) {
        try {
            LocalDate date = date(on);
            switch (step) {
                case "unknown" -> whereabouts.declareUnknown(caseId, version,
                        new WhereaboutsCase.Unknown(date, text, circumstance,
                                country == null || country.isBlank() ? null : country.strip()), user);
                case "wanted" -> whereabouts.markWanted(caseId, version,
                        new WhereaboutsCase.Wanted(date, FormValues.blankToNull(text), FormValues.blankToNull(notice)), user);
                case "located" -> whereabouts.locate(caseId, version,
                        new WhereaboutsCase.Located(date, text, user.agencyCode(), how), user);
                case "close" -> whereabouts.close(caseId, version, new WhereaboutsCase.Closure(date, outcome), user);
                default -> throw new InvalidInputException("step", "Choose what to record");
            }
            return "redirect:/whereabouts-cases/" + caseId;
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", onPage(step, invalid));
        } catch (ConflictException refused) {
            model.addAttribute("errors", List.of(new FieldViolation(step + "-on", refused.getMessage())));
        } catch (StaleVersionException stale) {
            model.addAttribute("errors", List.of(new FieldViolation(step + "-on", "The case was changed by "
                    + stale.changedBy() + " at " + java.time.format.DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy")
                    .format(stale.changedAt().atZone(EnglandAndWales.ZONE)) + " while you were looking at it; "
                    + "nothing you entered was saved. Check the case below and try again")));
        }
        return show(caseId, user, model);
    }

    /** An enquiry adds to the case's history without changing its state, so it needs no version. */
    @PostMapping("/whereabouts-cases/{caseId}/enquiries")
    String enquiry(@PathVariable UUID caseId, @RequestParam(required = false) String on,
            @RequestParam(required = false) EnquiryKind kind, @RequestParam(required = false) String result,
            VigilUser user, Model model) {
        try {
            whereabouts.addEnquiry(caseId, new Enquiry(date(on), kind, FormValues.blankToNull(result)), user);
            return "redirect:/whereabouts-cases/" + caseId + "#history";
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", onPage("enquiry", invalid));
        } catch (ConflictException refused) {
            model.addAttribute("errors", List.of(new FieldViolation("enquiry-on", refused.getMessage())));
        }
        return show(caseId, user, model);
    }

    /** One line of the case's history as the page shows it. */
    public record HistoryLine(java.time.ZonedDateTime when, String step, String by, String details) {
    }

    /** A step's recorded details, stored as JSON, as "Label: value" pairs. */
    private static String describe(String details) {
        if (details == null || details.isBlank()) {
            return "";
        }
        JsonNode node = JSON.readTree(details);
        if (!node.isObject()) {
            return node.asString();
        }
        List<String> parts = new java.util.ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getValue().isNull()) {
                parts.add(LABELS.getOrDefault(field.getKey(), field.getKey()) + ": "
                        + (field.getValue().isValueNode() ? field.getValue().asString() : field.getValue().toString()));
            }
        }
        return String.join("; ", parts);
    }

    /** Each error at the field of the form it came from, in words that name it. */
    private static List<FieldViolation> onPage(String form, InvalidInputException invalid) {
        return invalid.violations().stream().map(v -> {
            String field = switch (v.field()) {
                case "since", "warrantDate" -> "on";
                default -> v.field();
            };
            return new FieldViolation(form + "-" + field, LABELS.getOrDefault(v.field(), v.field()) + " "
                    + v.message());
        }).toList();
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(EnglandAndWales.ZONE));
    }
}
