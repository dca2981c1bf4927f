package uk.gov.vigil.compliance.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A case opened when an obligation is missed, for the offender manager to act on: find the offender, consider
 * an offence under s.91 SOA 2003, or open a whereabouts case.
 */
public record ComplianceCase(UUID id, UUID offenderId, UUID obligationId, CaseType type, CaseState state,
        Instant openedAt, Instant closedAt, String closedBy, CaseOutcome outcome, String note) {

    public enum CaseType {
        MISSED_NOTIFICATION
    }

    public enum CaseState {
        OPEN,
        CLOSED
    }

    /** How a missed-notification case ended. */
    public enum CaseOutcome {
        NOTIFIED_LATE,
        WHEREABOUTS_CASE_OPENED,
        PROSECUTED_S91,
        CAUTIONED,
        NO_FURTHER_ACTION,
        RAISED_IN_ERROR
    }
}
