package uk.gov.vigil.offender.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.support.IntegrationTestBase;

/** Intelligence notes: a field-level rule, so that prison staff never see them even on their own prisoners. */
class IntelligenceIT extends IntegrationTestBase {

    @Autowired
    JsonMapper json;

    String id;

    @BeforeEach
    void aMetOffenderHeldAtWandsworth() throws Exception {
        OffenderFixtures.Builder b = OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(2016,
                ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        b.management = new Management("MET", "it.met.om", "PR-LON", "HMP-WANDSWORTH");
        b.status = RecordStatus.IN_CUSTODY;
        id = json.readTree(mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(b.build())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private ResultActions record(TestUser user, String text) throws Exception {
        return mvc.perform(post("/api/v1/offenders/" + id + "/intelligence").with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(java.util.Map.of("text",
                        text))));
    }

    @Test
    void responsibleOfficersRecordAndReadIntelligenceButPrisonStaffNeverSeeIt() throws Exception {
        record(TestUser.MET_OM, "Associates with a known group in Croydon; source graded B2").andExpect(
                status().isCreated());
        mvc.perform(get("/api/v1/offenders/" + id + "/intelligence").with(as(TestUser.PROBATION)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].text").value("Associates with a known group in Croydon; source graded B2"))
                .andExpect(jsonPath("$[0].recordedBy").value("it.met.om"));
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.PRISON)))
                .andExpect(jsonPath("$.access").value("FULL"));
        String prisonView = mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.PRISON)))
                .andReturn().getResponse().getContentAsString();
        assertThat(prisonView).doesNotContain("Croydon");
        mvc.perform(get("/api/v1/offenders/" + id + "/intelligence").with(as(TestUser.PRISON)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offenders/" + id + "/intelligence").with(as(TestUser.HERTS_OM)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNoteNeedsTextAndOnlyResponsibleWritersMayAddOne() throws Exception {
        record(TestUser.MET_OM, " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        record(TestUser.MET_OM, "x".repeat(2_001)).andExpect(status().isBadRequest());
        record(TestUser.HERTS_OM, "Not ours to record").andExpect(status().isForbidden());
        record(TestUser.PROBATION, "Probation cannot write").andExpect(status().isForbidden());
    }
}
