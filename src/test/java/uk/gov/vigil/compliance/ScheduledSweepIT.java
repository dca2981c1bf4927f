package uk.gov.vigil.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.support.IntegrationTestBase;

/**
 * The sweep runs by itself on its schedule (every second here; every 15 seconds by default), with the real clock,
 * under ShedLock. The context is closed afterwards so its scheduler stops.
 */
@TestPropertySource(properties = {"vigil.compliance.sweep-enabled=true", "vigil.compliance.sweep-interval=PT1S"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ScheduledSweepIT extends IntegrationTestBase {

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeadlineAlreadyPastIsPickedUpByTheScheduledSweep() throws Exception {
        OffenderFixtures.Builder b = OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(1996,
                ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000)));
        LocalDate convicted = LocalDate.now().minusDays(10);
        b.convictions = List.of(new Conviction("SOA2003-S3", convicted, "Wood Green Crown Court", Disposal.OTHER,
                null));
        b.management = new Management("MET", null, null, null);
        String body = mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(b.build())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(json.readTree(body).get("id").asString());

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long cases = 0;
        while (cases == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            cases = jdbc.sql("select count(*) from compliance_case where offender_id = :id").param("id", id)
                    .query(Long.class).single();
        }
        assertThat(cases).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'overdue-sweep'").query(Long.class).single())
                .as("the run took the ShedLock lock").isEqualTo(1);
    }
}
