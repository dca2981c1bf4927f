package uk.gov.vigil.compliance.domain;

import java.util.Map;

import uk.gov.vigil.rules.Deadline;

/** The obligation the rules say should currently be open, with the facts they used. */
public record PlannedObligation(ObligationKind kind, Deadline deadline, Map<String, Object> inputs) {
}
