package uk.gov.vigil.audit;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Changes audit rows the way an attacker with the database owner's rights could: with the append-only trigger
 * switched off for a moment. Only tests of tamper detection use it.
 */
public final class AuditTampering {

    private AuditTampering() {
    }

    public static void withoutGuard(JdbcClient jdbc, String database, Runnable change) {
        if (database.equals("postgres")) {
            jdbc.sql("alter table audit_event disable trigger audit_event_append_only").update();
            try {
                change.run();
            } finally {
                jdbc.sql("alter table audit_event enable trigger audit_event_append_only").update();
            }
        } else {
            jdbc.sql("drop trigger audit_event_append_only").update();
            try {
                change.run();
            } finally {
                jdbc.sql("create trigger audit_event_append_only before update, delete on audit_event for each row"
                        + " call 'uk.gov.vigil.audit.persistence.H2AppendOnlyTrigger'").update();
            }
        }
    }
}
