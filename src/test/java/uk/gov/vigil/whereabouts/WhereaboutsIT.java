package uk.gov.vigil.whereabouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.compliance.application.OverdueSweep;
import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.support.IntegrationTestBase;

class WhereaboutsIT extends IntegrationTestBase {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    JsonMapper json;

    @Autowired
    OverdueSweep sweep;

    /** A Met offender who missed the initial notification ten days ago, with the compliance case that opened. */
    String[] offenderWithMissedNotification() throws Exception {
        OffenderFixtures.Builder b = OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(1995,
                ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000)));
        b.convictions = List.of(new Conviction("SOA2003-S3", TODAY.minusDays(10), "Wood Green Crown Court",
                Disposal.OTHER, null));
        b.management = new Management("MET", "it.met.om", null, null);
        String id = json.readTree(mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(b.build())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        sweep.sweep();
        JsonNode compliance = json.readTree(mvc.perform(get("/api/v1/offenders/" + id + "/compliance")
                .with(as(TestUser.MET_OM))).andReturn().getResponse().getContentAsString());
        return new String[] {id, compliance.get("cases").get(0).get("id").asString()};
    }

    ResultActions step(String caseId, String step, String ifMatch, Object body, TestUser user) throws Exception {
        var request = post("/api/v1/whereabouts-cases/" + caseId + "/" + step).with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        return mvc.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    @Test
    void aCaseRunsFromTheMissedNotificationToClosedAndKeepsEveryStep() throws Exception {
        String[] ids = offenderWithMissedNotification();
        String offender = ids[0];
        String body = mvc.perform(post("/api/v1/offenders/" + offender + "/whereabouts-cases").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"MISSED_NOTIFICATION\",\"complianceCaseId\":\"" + ids[1] + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.state").value("ENQUIRIES"))
                .andExpect(jsonPath("$.agencyCode").value("MET"))
                .andReturn().getResponse().getContentAsString();
        String caseId = json.readTree(body).get("id").asString();

        mvc.perform(get("/api/v1/offenders/" + offender + "/compliance").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.cases[0].outcome").value("WHEREABOUTS_CASE_OPENED"));
        mvc.perform(post("/api/v1/offenders/" + offender + "/whereabouts-cases").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"LEFT_THE_COUNTRY\"}"))
                .andExpect(status().isConflict());

        step(caseId, "enquiries", null, Map.of("on", TODAY.toString(), "kind", "VISIT",
                "result", "No reply at the notified address; neighbours say he left a month ago"), TestUser.MET_OM)
                .andExpect(status().isCreated());
        step(caseId, "wanted", "\"1\"", Map.of("warrantDate", TODAY.toString(), "pncCirculation", "26/1234W"),
                TestUser.MET_OM)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("ENQUIRIES cannot move to WANTED")));

        Map<String, Object> unknown = Map.of("since", TODAY.minusDays(5).toString(),
                "lastKnownAddress", "12 Church Road, London E17 4AB", "circumstance", "BELIEVED_ABROAD", "country", "ES");
        step(caseId, "whereabouts-unknown", null, unknown, TestUser.MET_OM).andExpect(status().isPreconditionRequired());
        step(caseId, "whereabouts-unknown", "\"1\"", unknown, TestUser.MET_OM)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.state").value("WHEREABOUTS_UNKNOWN"));
        step(caseId, "whereabouts-unknown", "\"1\"", unknown, TestUser.MET_SUPERVISOR)
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.changedBy").value("it.met.om"));

        mvc.perform(get("/api/v1/whereabouts-cases").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[?(@.caseId == '" + caseId + "')].daysUnknown").value(hasItem(5)));
        mvc.perform(get("/api/v1/offenders/" + offender).with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.openWhereaboutsCase.caseId").value(caseId))
                .andExpect(jsonPath("$.openWhereaboutsCase.state").value("WHEREABOUTS_UNKNOWN"));
        mvc.perform(get("/api/v1/offenders/" + offender + "/compliance").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.openWhereaboutsCase.unknownSince").value(TODAY.minusDays(5).toString()));
        mvc.perform(get("/api/v1/whereabouts-cases?agency=MET").with(as(TestUser.HERTS_OM)))
                .andExpect(status().isForbidden());

        step(caseId, "wanted", "\"2\"", Map.of("warrantDate", TODAY.toString(), "pncCirculation", "26/1234W"),
                TestUser.MET_OM)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("internationalNotice"));
        step(caseId, "wanted", "\"2\"", Map.of("warrantDate", TODAY.toString(), "pncCirculation", "26/1234W",
                "internationalNotice", "A-1234/5-2026"), TestUser.MET_OM).andExpect(status().isOk());
        step(caseId, "located", "\"3\"", Map.of("on", TODAY.toString(), "place", "Stansted Airport",
                "byAgency", "NOPE", "how", "ARRESTED"), TestUser.MET_OM)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("byAgency"));
        step(caseId, "located", "\"3\"", Map.of("on", TODAY.toString(), "place", "Stansted Airport",
                "byAgency", "ESX", "how", "ARRESTED"), TestUser.MET_OM).andExpect(status().isOk());
        step(caseId, "close", "\"4\"", Map.of("on", TODAY.toString(), "outcome", "PROSECUTED_S91"),
                TestUser.MET_SUPERVISOR)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED"));
        step(caseId, "enquiries", null, Map.of("on", TODAY.toString(), "kind", "CALL", "result", "late"),
                TestUser.MET_OM).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/offenders/" + offender).with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.openWhereaboutsCase").doesNotExist());

        JsonNode view = json.readTree(mvc.perform(get("/api/v1/whereabouts-cases/" + caseId).with(as(TestUser.MET_OM)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(view.get("history").findValuesAsString("type")).containsExactly("OPENED", "ENQUIRY",
                "WHEREABOUTS_UNKNOWN", "WANTED", "LOCATED", "CLOSED");
        assertThat(view.get("history").findValuesAsString("actor")).contains("it.met.om", "it.met.supervisor");
        mvc.perform(get("/api/v1/offenders/" + offender + "/whereabouts-cases").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[0].id").value(caseId));
    }

    @Test
    void otherAgenciesAndAnalystsSeeNoCaseDetail() throws Exception {
        String[] ids = offenderWithMissedNotification();
        String body = mvc.perform(post("/api/v1/offenders/" + ids[0] + "/whereabouts-cases").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"NOT_AT_NOTIFIED_ADDRESS\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String caseId = json.readTree(body).get("id").asString();
        for (TestUser user : List.of(TestUser.HERTS_OM, TestUser.ANALYST)) {
            mvc.perform(get("/api/v1/whereabouts-cases/" + caseId).with(as(user))).andExpect(status().isForbidden());
        }
        step(caseId, "enquiries", null, Map.of("on", TODAY.toString(), "kind", "CALL", "result", "x"),
                TestUser.HERTS_OM).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/offenders/" + ids[0] + "/whereabouts-cases").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"MISSED_NOTIFICATION\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void theFiguresAreForAnalystsAndListEveryForce() throws Exception {
        mvc.perform(get("/api/v1/statistics/whereabouts-unknown?asOf=2015-03-10").with(as(TestUser.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2015-03-10"))
                .andExpect(jsonPath("$.agencies.length()").value(46))
                .andExpect(jsonPath("$.agencies[*].name").value(hasItem("Cumbria Constabulary")))
                .andExpect(jsonPath("$.durationBands").exists());
        mvc.perform(get("/api/v1/statistics/whereabouts-unknown.csv?asOf=2015-03-10").with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(containsString("\"Thames Valley Police\"")))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("code,name,count,overOneYear")));
        mvc.perform(get("/api/v1/statistics/whereabouts-unknown").with(as(TestUser.MET_OM)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/statistics/whereabouts-unknown?asOf=10-03-2015").with(as(TestUser.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }
}
