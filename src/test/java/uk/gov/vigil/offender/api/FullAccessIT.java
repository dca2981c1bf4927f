package uk.gov.vigil.offender.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.TestClockConfiguration;

/** Opening another agency's record in full for a stated reason: 24 hours, read-only, flagged to its supervisors. */
@Import(TestClockConfiguration.class)
class FullAccessIT extends IntegrationTestBase {

    @Autowired
    MutableClock clock;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    OffenderFixtures.Builder details;
    String id;

    @BeforeEach
    void aMetOffender() throws Exception {
        clock.set(TestClockConfiguration.START);
        details = OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(2012,
                ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        details.management = new Management("MET", "it.met.om", null, null);
        String body = mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(details.build())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        id = json.readTree(body).get("id").asString();
    }

    private ResultActions request(TestUser user, Object body) throws Exception {
        return mvc.perform(post("/api/v1/offenders/" + id + "/full-access").with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    @Test
    void aStatedReasonOpensTheRecordInFullForTwentyFourHoursReadOnly() throws Exception {
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.HERTS_OM)))
                .andExpect(jsonPath("$.access").value("SUMMARY"));
        request(TestUser.HERTS_OM, Map.of("reason", "OFFENDER_NOW_IN_MY_AREA",
                "explanation", "Seen in Watford by patrol, says he has moved here"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.expiresAt").value("2026-05-21T10:00:00Z"));

        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.HERTS_OM)))
                .andExpect(jsonPath("$.access").value("FULL"));
        mvc.perform(get("/api/v1/offenders/" + id + "/compliance").with(as(TestUser.HERTS_OM)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/offenders/" + id).with(as(TestUser.HERTS_OM)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(details.build())))
                .andExpect(status().isForbidden());

        clock.set(clock.instant().plus(Duration.ofHours(24)));
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.HERTS_OM)))
                .andExpect(jsonPath("$.access").value("SUMMARY"));
    }

    @Test
    void theManagingAgencysSupervisorsAreToldAndCanSeeWhoAndWhy() throws Exception {
        request(TestUser.HERTS_OM, Map.of("reason", "MAPPA_MEETING", "explanation", "Level 2 meeting tomorrow"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/tasks").with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(jsonPath("$[?(@.offenderId == '" + id + "')].title").value(
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith(
                                "Review out-of-area access: it.herts.om (HRT) opened this record in full"))));
        mvc.perform(get("/api/v1/offenders/" + id + "/full-access").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[0].username").value("it.herts.om"))
                .andExpect(jsonPath("$[0].reason").value("MAPPA_MEETING"))
                .andExpect(jsonPath("$[0].explanation").value("Level 2 meeting tomorrow"));
        mvc.perform(get("/api/v1/offenders/" + id + "/full-access").with(as(TestUser.CITY_OM)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select reason from audit_event where action = 'FULL_ACCESS_GRANTED'"
                        + " and offender_id = :id").param("id", UUID.fromString(id)).query(String.class).list())
                .containsExactly("MAPPA_MEETING");
    }

    @Test
    void aReasonAndAnExplanationAreRequiredAndOwnRecordsNeedNone() throws Exception {
        request(TestUser.HERTS_OM, Map.of())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "reason", "explanation")));
        request(TestUser.HERTS_OM, Map.of("reason", "CURIOSITY", "explanation", "x"))
                .andExpect(status().isBadRequest());
        request(TestUser.MET_OM, Map.of("reason", "MAPPA_MEETING", "explanation", "x"))
                .andExpect(status().isConflict());
        request(TestUser.ANALYST, Map.of("reason", "MAPPA_MEETING", "explanation", "x"))
                .andExpect(status().isForbidden());
    }
}
