package uk.gov.vigil.offender.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.support.IntegrationTestBase;

/** Restricting a record to named users, and excluding named users from it. */
class RestrictionsIT extends IntegrationTestBase {

    @Autowired
    JsonMapper json;

    String id;
    String familyName;

    @BeforeEach
    void aMetOffender() throws Exception {
        OffenderFixtures.Builder b = OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(2014,
                ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        familyName = "Restricted" + ThreadLocalRandom.current().nextInt(1_000_000);
        b.name = new PersonName("Rex", familyName);
        b.management = new Management("MET", "it.met.om", null, null);
        b.convictions = List.of(new Conviction("SOA2003-S3", LocalDate.now(ZoneId.of("Europe/London")).minusDays(1),
                "Snaresbrook Crown Court", Disposal.IMPRISONMENT, 24));
        id = json.readTree(mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(b.build())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private ResultActions restrict(TestUser as, List<String> restrictedTo, List<String> excluded) throws Exception {
        return mvc.perform(put("/api/v1/offenders/" + id + "/restrictions").with(as(as))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("restrictedTo", restrictedTo, "excluded", excluded))));
    }

    @Test
    void aRestrictedRecordIsSeenOnlyByTheNamedUsers() throws Exception {
        restrict(TestUser.MET_SUPERVISOR, List.of(TestUser.MET_OM.username), List.of())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.restrictedTo").value(Matchers.containsInAnyOrder(
                        TestUser.MET_OM.username, TestUser.MET_SUPERVISOR.username)));
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.MET_OM))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.MAPPA)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("This record is restricted; ask its managing agency"));
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offenders/" + id + "/compliance").with(as(TestUser.MAPPA)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offenders?agency=MET&size=100").with(as(TestUser.MAPPA)))
                .andExpect(jsonPath("$.items[*].name.familyName").value(Matchers.not(Matchers.hasItem(familyName))));
    }

    @Test
    void anExcludedUserCannotSeeOrChangeTheRecordWhateverTheirAgency() throws Exception {
        restrict(TestUser.MET_SUPERVISOR, List.of(), List.of(TestUser.MET_OM.username)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.MET_OM))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/offenders/" + id + "/notifications").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.HERTS_OM))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/offenders/" + id + "/restrictions").with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(jsonPath("$.excluded[0]").value(TestUser.MET_OM.username));
    }

    @Test
    void listsElsewhereLeaveOutRecordsHiddenFromTheUser() throws Exception {
        mvc.perform(post("/api/v1/offenders/" + id + "/whereabouts-cases").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"NOT_AT_NOTIFIED_ADDRESS\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/compliance/due?withinDays=30").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[*].offenderId").value(Matchers.hasItem(id)));
        mvc.perform(get("/api/v1/whereabouts-cases").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[*].offenderId").value(Matchers.hasItem(id)));

        restrict(TestUser.MET_SUPERVISOR, List.of(), List.of(TestUser.MET_OM.username)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/compliance/due?withinDays=30").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[*].offenderId").value(Matchers.not(Matchers.hasItem(id))));
        mvc.perform(get("/api/v1/whereabouts-cases").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[*].offenderId").value(Matchers.not(Matchers.hasItem(id))));
        mvc.perform(get("/api/v1/tasks?scope=AGENCY").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[*].offenderId").value(Matchers.not(Matchers.hasItem(id))));
        mvc.perform(get("/api/v1/compliance/due?withinDays=30").with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(jsonPath("$[*].offenderId").value(Matchers.hasItem(id)));
    }

    @Test
    void onlyTheManagingAgencysSupervisorsOrAnAdministratorMayRestrict() throws Exception {
        restrict(TestUser.MET_OM, List.of(), List.of(TestUser.HERTS_OM.username)).andExpect(status().isForbidden());
        restrict(TestUser.ADMIN, List.of(), List.of(TestUser.HERTS_OM.username)).andExpect(status().isOk());
        restrict(TestUser.MET_SUPERVISOR, List.of("no.such.user"), List.of(TestUser.MET_SUPERVISOR.username))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("restrictedTo",
                        "excluded")));
    }
}
