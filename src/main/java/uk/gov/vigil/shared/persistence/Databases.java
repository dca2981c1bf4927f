package uk.gov.vigil.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Which database a data source reaches, for the few statements whose SQL must differ. */
public final class Databases {

    private Databases() {
    }

    public static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
    }
}
