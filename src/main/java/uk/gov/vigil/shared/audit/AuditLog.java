package uk.gov.vigil.shared.audit;

/**
 * The audit trail as the other modules see it. What is recorded must hold no offender personal data: only who,
 * what action, which object by id, the outcome and a reason code.
 *
 * <p>An allowed change is written in the caller's transaction, just before it commits, so the trail holds it exactly
 * when the change was stored. A consultation, and every refusal, is written at once in a transaction of its own,
 * before the caller answers, so a refusal is on record although the caller's work is rolled back.
 */
public interface AuditLog {

    /**
     * @param reason          a reason code, or for a refusal the route refused; never free text about a person
     * @param recipientAgency for a disclosure, the agency the data went to
     */
    void record(AuditActor actor, AuditAction action, AuditObject object, AuditOutcome outcome, String reason,
            String recipientAgency);

    default void allowed(AuditActor actor, AuditAction action, AuditObject object, String reason) {
        record(actor, action, object, AuditOutcome.ALLOWED, reason, null);
    }

    default void refused(AuditActor actor, AuditAction action, AuditObject object, String reason) {
        record(actor, action, object, AuditOutcome.REFUSED, reason, null);
    }
}
