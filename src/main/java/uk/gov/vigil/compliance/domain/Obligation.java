package uk.gov.vigil.compliance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification the offender must make by a deadline, derived by the rules and stored with the rule version and
 * the inputs that produced it.
 *
 * @param lastDay    the last day to notify, or null while suspended
 * @param deadlineAt the instant the deadline passes (00:00 local time the day after {@code lastDay})
 * @param inputs     the facts the rule was applied to, as JSON
 * @param metBy      the notification that answered it, in time or late
 */
public record Obligation(UUID id, UUID offenderId, ObligationKind kind, ObligationState state, LocalDate lastDay,
        Instant deadlineAt, String citation, String explanation, String ruleVersion, String inputs,
        Instant createdAt, Instant closedAt, UUID metBy) {

    /** This obligation as answered by a notification: moved to {@code state}, closed at {@code closedAt}. */
    public Obligation answeredBy(UUID notificationId, ObligationState state, Instant closedAt) {
        return new Obligation(id, offenderId, kind, state, lastDay, deadlineAt, citation, explanation, ruleVersion,
                inputs, createdAt, closedAt, notificationId);
    }

    /** Whether the deadline has passed at {@code now} without the obligation being met. */
    public boolean isOverdueAt(Instant now) {
        return (state == ObligationState.MISSED && metBy == null)
                || (state == ObligationState.OPEN && deadlineAt != null && !now.isBefore(deadlineAt));
    }

    /**
     * Whether this obligation asks for the same thing as a planned one, so nothing needs to change. One already met
     * asks for nothing more: a second notification on the same day plans the same deadline as the first did, and
     * answering that needs a new obligation.
     */
    public boolean matches(PlannedObligation plan) {
        return state != ObligationState.MET && kind == plan.kind() && Objects.equals(lastDay, plan.deadline().lastDay())
                && (state == ObligationState.SUSPENDED) == plan.deadline().suspended();
    }
}
