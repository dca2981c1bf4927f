package uk.gov.vigil.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import uk.gov.vigil.audit.AuditTampering;
import uk.gov.vigil.audit.domain.ChainVerification;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditActor;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.TestClockConfiguration;

/**
 * The retention purge, on a database of its own (a file of its own on H2, a schema of its own on PostgreSQL), so
 * that its chain starts with rows it wrote itself, years ago: the shared test database's chain starts with rows
 * other tests wrote today, which no purge may touch. The rows' times come from the test clock, and the database
 * judges their age by its own clock, so the old rows really are old to both.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, AuditPurgeIT.FreshDatabase.class})
@TestPropertySource(properties = "vigil.audit.purge-batch-size=3")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditPurgeIT {

    private static final String SCHEMA = "audit_purge_it";
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        if (System.getProperty("vigil.test.database", "h2").equals("postgres")) {
            String url = System.getProperty("vigil.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/vigil_test");
            registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema="
                    + SCHEMA);
            registry.add("spring.datasource.username", () -> System.getProperty("vigil.test.pg.user", "postgres"));
            registry.add("spring.datasource.password", () -> System.getProperty("vigil.test.pg.password", ""));
            registry.add("spring.flyway.schemas", () -> SCHEMA);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:./target/h2-it/audit-purge;MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            registry.add("spring.datasource.username", () -> "sa");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    /** Starts from an empty trail every run. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FreshDatabase {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }

    @Autowired
    AuditPurge purge;

    @Autowired
    AuditService audit;

    @Autowired
    AuditLog log;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    private void write(int rows, Instant at) {
        clock.set(at);
        for (int i = 0; i < rows; i++) {
            log.allowed(AuditActor.named("it.purge"), AuditAction.AUDIT_QUERIED, AuditObject.of("test", at), null);
        }
    }

    private List<Long> keptRows() {
        return jdbc.sql("select seq from audit_event where actor = 'it.purge' order by seq").query(Long.class).list();
    }

    private long checkpoint() {
        return jdbc.sql("select max(through_seq) from audit_purge").query(Long.class).single();
    }

    private List<String> purgeEvents() {
        return jdbc.sql("select reason from audit_event where action = 'AUDIT_PURGED' and actor = 'system'"
                + " order by seq").query(String.class).list();
    }

    private static String databaseName() {
        return System.getProperty("vigil.test.database", "h2");
    }

    /** Rows 1-5 eight years old, 6-8 seven, 9-10 two hundred days, 11-12 ten days, 13-14 three years. */
    @Test
    @Order(1)
    void rowsOlderThanTheRetentionArePurgedOldestFirstInBatchesAndTheChainStillVerifies() {
        write(5, NOW.minus(Duration.ofDays(8 * 365)));
        write(3, NOW.minus(Duration.ofDays(7 * 365)));
        write(2, NOW.minus(Duration.ofDays(200)));
        write(2, NOW.minus(Duration.ofDays(10)));
        write(2, NOW.minus(Duration.ofDays(3 * 365)));
        clock.set(NOW);
        assertThat(keptRows()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);

        assertThat(purge.purge()).isEqualTo(8);

        assertThat(keptRows()).as("rows 13 and 14 are old too, but the purge stops at the first young row")
                .containsExactly(9L, 10L, 11L, 12L, 13L, 14L);
        assertThat(checkpoint()).isEqualTo(8);
        Instant cutOff = NOW.atZone(ZoneOffset.UTC).minusYears(6).toInstant();
        assertThat(purgeEvents()).containsExactly(
                "3 rows that occurred before " + cutOff + " purged, rows 1 to 3",
                "3 rows that occurred before " + cutOff + " purged, rows 4 to 6",
                "2 rows that occurred before " + cutOff + " purged, rows 7 to 8");
        assertThat(jdbc.sql("select category from audit_event where action = 'AUDIT_PURGED'").query(String.class)
                .list()).containsOnly("ADMINISTRATION");
        assertThat(audit.verify()).isEqualTo(new ChainVerification(true, 9, null, null));

        assertThat(purge.purge()).as("nothing more is due").isZero();
        assertThat(purgeEvents()).hasSize(3);
    }

    @Test
    @Order(2)
    void rowsYoungerThanAYearAreNeverDeletedEvenWithAShorterRetention() {
        assertThatThrownBy(() -> purge.purgeBefore(NOW.minus(Duration.ofDays(30))))
                .as("a retention of 30 days that got past the start-up check").isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("audit_event is append-only: DELETE of row 9 refused");
        assertThat(keptRows()).containsExactly(9L, 10L, 11L, 12L, 13L, 14L);
        assertThat(checkpoint()).as("the checkpoint moved in the same transaction, so it moved back").isEqualTo(8);
        assertThat(purgeEvents()).hasSize(3);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @Order(3)
    void theDatabaseRefusesToDeleteOldRowsThatNoCheckpointCovers() {
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where seq = 13").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("audit_event is append-only: DELETE of row 13 refused");
        assertThat(keptRows()).contains(13L);
    }

    @Test
    @Order(4)
    void theCheckpointOnlyMovesForwardToAKeptRow() {
        String hashOf9 = jdbc.sql("select hash from audit_event where seq = 9").query(String.class).single();
        Map<String, String> refused = Map.of(
                "back", "insert into audit_purge values (5, '" + hashOf9
                        + "', current_timestamp, current_timestamp, 1)",
                "to a hash that is not the row's", "insert into audit_purge values (9, '" + "0".repeat(64)
                        + "', current_timestamp, current_timestamp, 1)",
                "by changing it", "update audit_purge set through_seq = 1",
                "by deleting it", "delete from audit_purge");
        refused.forEach((how, sql) -> assertThatThrownBy(() -> jdbc.sql(sql).update()).as(how)
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("audit_purge only moves forward"));
        assertThat(checkpoint()).isEqualTo(8);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @Order(5)
    void aRowDeletedAfterAPurgeIsFound() {
        tamperedWithout(11, () -> assertThat(audit.verify()).satisfies(result -> {
            assertThat(result.brokenAt()).isEqualTo(11);
            assertThat(result.problem()).isEqualTo("row 11 is missing; the next row is 12");
        }));
    }

    @Test
    @Order(6)
    void theFirstKeptRowDeletedWithoutMovingTheCheckpointIsFound() {
        tamperedWithout(9, () -> assertThat(audit.verify()).satisfies(result -> {
            assertThat(result.brokenAt()).isEqualTo(9);
            assertThat(result.problem()).isEqualTo("row 9 is missing; the next row is 10");
        }));
    }

    /** Deletes one row behind the guards, runs the check, and puts the row back. */
    private void tamperedWithout(long seq, Runnable check) {
        Map<String, Object> row = new LinkedHashMap<>(jdbc.sql("select * from audit_event where seq = :seq")
                .param("seq", seq).query().singleRow());
        row.put("occurred_at", jdbc.sql("select occurred_at from audit_event where seq = :seq").param("seq", seq)
                .query(OffsetDateTime.class).single());
        AuditTampering.withoutGuard(jdbc, databaseName(),
                () -> jdbc.sql("delete from audit_event where seq = :seq").param("seq", seq).update());
        try {
            check.run();
        } finally {
            jdbc.sql("insert into audit_event (" + String.join(", ", row.keySet()) + ") values ("
                    + String.join(", ", row.keySet().stream().map(c -> ":" + c).toList()) + ")").params(row).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }
}
