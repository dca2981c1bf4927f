package uk.gov.vigil.compliance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import uk.gov.vigil.rules.PeriodCase;
import uk.gov.vigil.rules.PeriodDecision;

/**
 * How long an offender's notification requirements last: the decision for the conviction that runs longest, with
 * the facts for every conviction that were weighed, so the result can be explained later.
 */
public record Requirement(UUID offenderId, String jurisdiction, PeriodDecision decision, List<PeriodCase> inputs,
        Instant computedAt) {

    public Requirement {
        inputs = List.copyOf(inputs);
    }

    public boolean hasEndedBy(LocalDate date) {
        return decision.hasEndedBy(date);
    }
}
