package uk.gov.vigil.audit.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * On H2, lets a purge checkpoint only be added beyond the last one, at a kept audit row with that hash, and refuses
 * any change to or deletion of a checkpoint, as the PostgreSQL trigger does. H2 loads it by name from migration
 * {@code V25__audit_purge.sql}.
 */
public class H2PurgeCheckpointTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null && ((Number) newRow[0]).longValue() > H2AppendOnlyTrigger.lastCheckpoint(connection)
                && rowExists(connection, ((Number) newRow[0]).longValue(), (String) newRow[1])) {
            return;
        }
        String operation = oldRow == null ? "INSERT" : newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("audit_purge only moves forward, to a kept audit row: " + operation + " refused",
                "42501");
    }

    private static boolean rowExists(Connection connection, long seq, String hash) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select count(*) from audit_event where seq = ? and hash = ?")) {
            s.setLong(1, seq);
            s.setString(2, hash);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1;
            }
        }
    }
}
