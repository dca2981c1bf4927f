package uk.gov.vigil.offender.domain;

import java.time.Instant;

/**
 * What is kept of an erased record: its id, when, by whom and why, so that its id answers "erased" rather than
 * "unknown". No personal data.
 *
 * @param decisionReference the reference of the decision to erase, such as a review record's number
 */
public record Erasure(OffenderId id, Instant erasedAt, String erasedBy, ErasureReason reason,
        String decisionReference) {
}
