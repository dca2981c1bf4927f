package uk.gov.vigil.audit.domain;

import java.time.Instant;
import java.util.UUID;

import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditCategory;
import uk.gov.vigil.shared.audit.AuditOutcome;

/**
 * One row of the audit trail.
 *
 * @param seq          its place in the chain, from 1
 * @param occurredAt   when, in UTC to the millisecond
 * @param offenderId   the offender the object concerns, if any
 * @param reason       a reason code or the refused route; never free text about a person
 * @param previousHash the hash of row {@code seq - 1}
 * @param hash         {@link AuditChain#hash} of this row
 */
public record AuditEvent(long seq, Instant occurredAt, String actor, String actorAgency, AuditAction action,
        AuditCategory category, String objectType, String objectId, UUID offenderId, AuditOutcome outcome,
        String reason,
        String recipientAgency, String correlationId, String clientAddress, String previousHash, String hash) {
}
