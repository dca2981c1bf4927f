package uk.gov.vigil.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database the benchmarks fill and time. By default PostgreSQL: {@code vigil_bench} on
 * {@code -Dbench.pg.server} (default 127.0.0.1:5432), created if missing. With {@code -Dbench.db=h2}, the embedded
 * H2 database in file mode under {@code target/bench/}, as the demo runs it. Kept apart from the test databases so
 * a benchmark never disturbs the suite.
 */
final class BenchDatabase {

    private static final String SERVER = System.getProperty("bench.pg.server", "jdbc:postgresql://127.0.0.1:5432/");

    private BenchDatabase() {
    }

    static boolean h2() {
        return "h2".equalsIgnoreCase(System.getProperty("bench.db", "postgres"));
    }

    static String describe() {
        return h2() ? "H2 (file mode)" : "PostgreSQL";
    }

    static void register(DynamicPropertyRegistry registry) throws SQLException {
        register(registry, "vigil_bench");
    }

    /** @param name the database's name, for a benchmark whose register is kept between runs */
    static void register(DynamicPropertyRegistry registry, String name) throws SQLException {
        if (h2()) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:./target/bench/" + name + ";MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
            return;
        }
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "")) {
            if (!c.createStatement().executeQuery("select 1 from pg_database where datname = '" + name + "'").next()) {
                c.createStatement().execute("create database " + name);
            }
        }
        // As the README advises for production: batched inserts sent as multi-row statements.
        registry.add("spring.datasource.url", () -> SERVER + name + "?reWriteBatchedInserts=true");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /** Empties the offender register and everything hanging from it (PostgreSQL only: H2 truncates one table). */
    static void emptyRegister(JdbcClient jdbc) {
        jdbc.sql("truncate name_key, task, compliance_case, obligation, notification, notification_requirement,"
                + " offender_alias, offender_alias_date_of_birth, offender_mark, offender_passport, conviction,"
                + " offender_address, offender cascade").update();
    }
}
