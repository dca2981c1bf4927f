package uk.gov.vigil.whereabouts.domain;

import java.time.Instant;

/** One change to a case, as recorded: what happened, when, by whom, and its details as JSON. */
public record CaseEvent(int seq, String type, Instant occurredAt, String actor, String details) {
}
