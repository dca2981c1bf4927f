package uk.gov.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditActor;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;
import uk.gov.vigil.support.IntegrationTestBase;

/**
 * The scheduled check of the hash chain (every second here; hourly by default), with the real clock, under ShedLock:
 * a row changed behind the database's guards raises the alarm (checklist 16). The context is closed afterwards so
 * its scheduler stops.
 */
@TestPropertySource(properties = "vigil.audit.chain-check-cron=* * * * * *")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ScheduledChainCheckIT extends IntegrationTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    JsonMapper json;

    private JsonNode auditHealth() throws Exception {
        return json.readTree(mvc.perform(get("/actuator/health").with(as(TestUser.ADMIN))).andReturn().getResponse()
                .getContentAsString()).path("components").path("audit");
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private long checksRecorded(String reason) {
        return jdbc.sql("select count(*) from audit_event where action = 'AUDIT_CHAIN_VERIFIED' and actor = 'system'"
                + " and reason = :reason").param("reason", reason).query(Long.class).single();
    }

    @Test
    void aRowChangedBehindTheGuardsMakesTheScheduledCheckRaiseTheAlarm(CapturedOutput output) throws Exception {
        String object = "scheduled-check-" + ThreadLocalRandom.current().nextInt(1_000_000);
        audit.allowed(AuditActor.named("it.scheduled"), AuditAction.AUDIT_QUERIED, AuditObject.of("test", object),
                null);
        long seq = jdbc.sql("select seq from audit_event where object_id = :o").param("o", object)
                .query(Long.class).single();
        await("an intact check recorded after the row", () -> jdbc.sql("select count(*) from audit_event"
                + " where action = 'AUDIT_CHAIN_VERIFIED' and actor = 'system' and reason = 'intact' and seq > :seq")
                .param("seq", seq).query(Long.class).single() > 0);
        assertThat(auditHealth().path("status").asString()).isEqualTo("UP");
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'audit-chain-check'").query(Long.class)
                .single()).as("the check took its ShedLock lock").isEqualTo(1);

        AuditTampering.withoutGuard(jdbc, databaseName(), () -> jdbc.sql(
                "update audit_event set reason = 'edited' where seq = :seq").param("seq", seq).update());
        try {
            await("the alarm raised", () -> {
                try {
                    return auditHealth().path("details").path("chain").path("brokenAt").asLong() == seq;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            JsonNode health = auditHealth();
            assertThat(health.path("status").asString()).isEqualTo("DOWN");
            assertThat(health.path("details").path("chain").path("state").asString()).isEqualTo("BROKEN");
            assertThat(health.path("details").path("chain").path("problem").asString())
                    .isEqualTo("row " + seq + " has been altered: its contents no longer match its hash");
            mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable());
            await("the broken check recorded", () -> checksRecorded("broken at row " + seq) > 0);
            mvc.perform(get("/").with(as(TestUser.AUDITOR))).andExpect(content().string(Matchers.containsString(
                    "found the audit trail&#39;s hash chain broken at row " + seq)));
            await("a second check of the broken chain", () -> checksRecorded("broken at row " + seq) > 1);
            assertThat(output.getOut().split("AUDIT_FAILURE chain-broken", -1))
                    .as("one ERROR line however many checks find the same break").hasSize(2);
            assertThat(output.getOut()).contains("AUDIT_FAILURE chain-broken: the audit trail's hash chain is broken"
                    + " at row " + seq + ": row " + seq + " has been altered");
        } finally {
            AuditTampering.withoutGuard(jdbc, databaseName(), () -> jdbc.sql(
                    "update audit_event set reason = null where seq = :seq").param("seq", seq).update());
        }
        await("the chain found intact again", () -> {
            try {
                return auditHealth().path("details").path("chain").path("state").asString().equals("WAS_BROKEN");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(auditHealth().path("status").asString()).as("held for vigil.audit.alarm-hold").isEqualTo("DOWN");
    }
}
