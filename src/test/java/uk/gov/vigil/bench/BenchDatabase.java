package uk.gov.vigil.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL database the benchmarks fill and time: {@code vigil_bench} on {@code -Dbench.pg.server} (default
 * 127.0.0.1:5432), created if missing. Kept apart from the test database so a benchmark never disturbs the suite.
 */
final class BenchDatabase {

    private static final String SERVER = System.getProperty("bench.pg.server", "jdbc:postgresql://127.0.0.1:5432/");

    private BenchDatabase() {
    }

    static void register(DynamicPropertyRegistry registry) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            if (!c.createStatement().executeQuery("select 1 from pg_database where datname = 'vigil_bench'").next()) {
                c.createStatement().execute("create database vigil_bench");
            }
        }
        registry.add("spring.datasource.url", () -> SERVER + "vigil_bench");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}
