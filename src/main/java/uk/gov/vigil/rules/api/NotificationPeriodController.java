package uk.gov.vigil.rules.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.vigil.rules.Jurisdiction;
import uk.gov.vigil.rules.Jurisdictions;
import uk.gov.vigil.rules.PeriodCase;
import uk.gov.vigil.rules.PeriodDecision;
import uk.gov.vigil.rules.Sentence;
import uk.gov.vigil.rules.Term;
import uk.gov.vigil.shared.NotFoundException;
import uk.gov.vigil.shared.Violations;

/** The notification period calculator officers use before registering, or to check a record. */
@RestController
@RequestMapping("/api/v1/rules/{jurisdiction}")
@Tag(name = "Rules", description = "The statutory notification rules, as calculators")
@PreAuthorize("hasAuthority('REFERENCE_READ')")
class NotificationPeriodController {

    /**
     * @param disposal   one of the disposals; leave it out when it is not known (the answer is then MANUAL_REVIEW)
     * @param termMonths the term of imprisonment, or the length of a conditional discharge
     * @param terms      several terms of imprisonment, each starting {@code startMonth} months after the first
     */
    record PeriodRequest(LocalDate dateOfBirth, LocalDate relevantDate, Sentence disposal, Integer termMonths,
            List<Term> terms) {
    }

    record PeriodResponse(String outcome, boolean indefinite, String period, LocalDate lastDay, boolean halved,
            String citation, List<String> reasons, String ruleVersion) {

        static PeriodResponse of(PeriodDecision d) {
            return new PeriodResponse(d.outcome().name(), d.indefinite(),
                    d.period() == null ? null : d.period().toString(), d.lastDay(), d.halved(), d.citation(),
                    d.reasons(), d.ruleVersion());
        }
    }

    private final Jurisdictions jurisdictions;

    NotificationPeriodController(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    @PostMapping("/notification-period")
    @Operation(summary = "How long the notification requirements last",
            description = "Applies s.82 SOA 2003 (for england-wales). Cases the rules cannot decide come back with "
                    + "outcome MANUAL_REVIEW and the reason, never a guess.")
    PeriodResponse notificationPeriod(@PathVariable String jurisdiction, @RequestBody PeriodRequest request) {
        Jurisdiction rules = jurisdictions.byCode(jurisdiction)
                .orElseThrow(() -> new NotFoundException("No rules are known for the jurisdiction " + jurisdiction));
        Violations v = new Violations();
        v.require("dateOfBirth", request.dateOfBirth(), "is required");
        v.require("relevantDate", request.relevantDate(), "is required: the date of conviction, finding or caution");
        if (request.dateOfBirth() != null && request.relevantDate() != null
                && request.relevantDate().isBefore(request.dateOfBirth())) {
            v.add("relevantDate", "must not be before the date of birth");
        }
        if (request.termMonths() != null && (request.termMonths() < 1 || request.termMonths() > 1200)) {
            v.add("termMonths", "must be between 1 and 1200");
        }
        List<Term> terms = request.terms() == null ? List.of() : request.terms();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            if (term == null) {
                v.add("terms[" + i + "]", "is required");
                continue;
            }
            if (term.startMonth() < 0) {
                v.add("terms[" + i + "].startMonth", "must be 0 or more");
            }
            if (term.months() < 1 || term.months() > 1200) {
                v.add("terms[" + i + "].months", "must be between 1 and 1200");
            }
        }
        v.throwIfAny();
        return PeriodResponse.of(rules.notificationPeriod(new PeriodCase(request.dateOfBirth(),
                request.relevantDate(), request.disposal(), request.termMonths(), terms)));
    }
}
