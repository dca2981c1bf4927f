package uk.gov.vigil.audit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.h2.api.Trigger;

/**
 * On H2, refuses any change to an audit row, and the deletion of a row less than a year old or not yet covered by
 * a purge checkpoint, as the PostgreSQL trigger does. H2 loads it by name from migration
 * {@code V9__audit_append_only.sql}.
 */
public class H2AppendOnlyTrigger implements Trigger {

    private static final Duration KEPT_AT_LEAST = Duration.ofDays(365);

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null && oldRow[1] instanceof OffsetDateTime occurred
                && occurred.toInstant().isBefore(Instant.now().minus(KEPT_AT_LEAST))
                && ((Number) oldRow[0]).longValue() <= lastCheckpoint(connection)) {
            return;
        }
        throw new SQLException("audit_event is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " of row "
                + oldRow[0] + " refused", "42501");
    }

    static long lastCheckpoint(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select coalesce(max(through_seq), 0) from audit_purge");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
