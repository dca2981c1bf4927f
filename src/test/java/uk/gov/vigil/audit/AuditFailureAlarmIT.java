package uk.gov.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.TestClockConfiguration;

/**
 * When the audit trail cannot be written (CJIS AU-5; checklist 17): the work fails closed, the alarm is raised in
 * the health check and the log, and once writes recover the failure window is recorded in the trail and shown to
 * administrators. The trail is taken away by renaming its head table, as if its database had gone; the context is
 * its own, so the alarm it raises is not seen by other tests.
 */
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "vigil.audit.alarm-hold=PT10M")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class AuditFailureAlarmIT extends IntegrationTestBase {

    private static final Instant FAILING_FROM = Instant.parse("2026-06-01T09:00:00Z");

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    private void withTheTrailUnavailable(ThrowingRunnable work) throws Exception {
        jdbc.sql("alter table audit_chain_head rename to audit_chain_head_unavailable").update();
        try {
            work.run();
        } finally {
            jdbc.sql("alter table audit_chain_head_unavailable rename to audit_chain_head").update();
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private long offendersWithPnc(String pnc) {
        return jdbc.sql("select count(*) from offender where pnc_id = :pnc").param("pnc", pnc).query(Long.class)
                .single();
    }

    @Test
    void workFailsClosedTheAlarmIsRaisedAndTheFailureWindowIsRecordedWhenWritesRecover(CapturedOutput output)
            throws Exception {
        String pnc = IdentifierFormats.formatPncId(2014, ThreadLocalRandom.current().nextInt(100_000, 999_999));
        OffenderFixtures.Builder offender = OffenderFixtures.valid().pnc(pnc);
        offender.management = new Management("MET", "it.met.om", null, null);
        mvc.perform(get("/actuator/health").with(as(TestUser.ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.components.audit.status").value("UP"));

        withTheTrailUnavailable(() -> {
            clock.set(FAILING_FROM);
            mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                            .header("X-Correlation-Id", "sink-down-0001")
                            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(offender.build())))
                    .andExpect(status().isInternalServerError())
                    .andExpect(jsonPath("$.correlationId").value("sink-down-0001"))
                    .andExpect(jsonPath("$.detail").value("Quote the correlation id sink-down-0001 to the service"
                            + " desk"))
                    .andExpect(content().string(Matchers.not(Matchers.containsStringIgnoringCase("audit"))));
            assertThat(offendersWithPnc(pnc)).as("the registration was rolled back with its audit row").isZero();

            clock.set(FAILING_FROM.plusSeconds(60));
            mvc.perform(get("/api/v1/offenders").with(as(TestUser.MET_OM)))
                    .andExpect(status().isInternalServerError())
                    .andExpect(jsonPath("$.items").doesNotExist());

            mvc.perform(get("/actuator/health"))
                    .andExpect(status().isServiceUnavailable()).andExpect(jsonPath("$.status").value("DOWN"));
            mvc.perform(get("/actuator/health/readiness"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
            mvc.perform(get("/actuator/health").with(as(TestUser.ADMIN)))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.components.db.status").value("UP"))
                    .andExpect(jsonPath("$.components.audit.status").value("DOWN"))
                    .andExpect(jsonPath("$.components.audit.details.writes.state").value("FAILING"))
                    .andExpect(jsonPath("$.components.audit.details.writes.failedWrites").value(2))
                    .andExpect(jsonPath("$.components.audit.details.writes.firstFailure")
                            .value(FAILING_FROM.toString()));
            assertThat(output.getOut().split("AUDIT_FAILURE write-failed", -1))
                    .as("one ERROR line for the incident, not one for each failed write").hasSize(2);
            assertThat(output.getOut()).contains("ERROR").contains("AUDIT_FAILURE write-failed: the audit trail"
                    + " could not be written (org.springframework.jdbc.BadSqlGrammarException)");
        });

        clock.set(FAILING_FROM.plusSeconds(300));
        mvc.perform(get("/api/v1/offenders").with(as(TestUser.MET_OM))).andExpect(status().isOk());

        String window = "2 audit writes failed from 2026-06-01T09:00:00Z to 2026-06-01T09:01:00Z"
                + " (org.springframework.jdbc.BadSqlGrammarException)";
        assertThat(jdbc.sql("select actor, category, outcome, reason, occurred_at from audit_event"
                        + " where action = 'AUDIT_FAILURE_RECORDED' order by seq").query().listOfRows())
                .singleElement().satisfies(row -> {
                    assertThat(row).containsEntry("actor", "system").containsEntry("category", "ADMINISTRATION")
                            .containsEntry("outcome", "ALLOWED").containsEntry("reason", window);
                });
        assertThat(output.getOut()).contains("AUDIT_FAILURE recovered: " + window);
        mvc.perform(get("/actuator/health").with(as(TestUser.ADMIN)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.components.audit.details.writes.state").value("RECOVERED"))
                .andExpect(jsonPath("$.components.audit.details.writes.recoveredAt")
                        .value(FAILING_FROM.plusSeconds(300).toString()));
        mvc.perform(get("/").with(as(TestUser.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("The audit trail could not be written for a"
                        + " while: " + window)));
        mvc.perform(get("/").with(as(TestUser.MET_OM)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("audit-alerts"))));

        clock.set(FAILING_FROM.plusSeconds(300).plus(Duration.ofMinutes(10)));
        mvc.perform(get("/actuator/health").with(as(TestUser.ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.components.audit.status").value("UP"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'AUDIT_FAILURE_RECORDED'")
                .query(Long.class).single()).as("recorded once").isEqualTo(1);
    }
}
