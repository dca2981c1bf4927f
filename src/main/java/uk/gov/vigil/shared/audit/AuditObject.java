package uk.gov.vigil.shared.audit;

import java.util.UUID;

/**
 * What an audited action was about, by type and id only.
 *
 * @param offenderId the offender the object concerns, so that "who consulted offender X" finds views of their
 *                   notifications and cases too; null if it concerns no one offender
 */
public record AuditObject(String type, String id, UUID offenderId) {

    public static AuditObject offender(UUID id) {
        return new AuditObject("offender", id.toString(), id);
    }

    public static AuditObject of(String type, Object id, UUID offenderId) {
        return new AuditObject(type, id == null ? null : id.toString(), offenderId);
    }

    public static AuditObject of(String type, Object id) {
        return of(type, id, null);
    }
}
