package uk.gov.vigil.offender.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.support.IntegrationTestBase;

class OffenderApiIT extends IntegrationTestBase {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(5_000_000, 9_000_000));

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    /** Valid details for a Met offender, with a PNC id no other test uses. */
    static OffenderFixtures.Builder metOffender() {
        OffenderFixtures.Builder builder = OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(1999,
                SERIAL.incrementAndGet()));
        builder.management = new Management("MET", "it.met.om", "PR-LON", null);
        return builder;
    }

    String body(OffenderFixtures.Builder builder) {
        return json.writeValueAsString(builder.build());
    }

    JsonNode register(OffenderFixtures.Builder builder) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(body(builder)))
                .andExpect(status().isCreated())
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }

    long offenderRows() {
        return jdbc.sql("select count(*) from offender").query(Long.class).single();
    }

    @Test
    void registersAnOffenderAndReadsTheFullRecordBack() throws Exception {
        String body = body(metOffender());
        MvcResult created = mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(header().string("Location", containsString("/api/v1/offenders/")))
                .andExpect(jsonPath("$.access").value("FULL"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.createdBy").value("it.met.om"))
                .andReturn();
        String location = created.getResponse().getHeader("Location");

        mvc.perform(get(location).with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.name.givenNames").value("John Paul"))
                .andExpect(jsonPath("$.aliases[0].familyName").value("Smyth"))
                .andExpect(jsonPath("$.identifiers.nationalInsuranceNumber").value("AB123456C"))
                .andExpect(jsonPath("$.identifiers.passports[0].number").value("123456789"))
                .andExpect(jsonPath("$.convictions[0].offenceTitle").value("Sexual assault"))
                .andExpect(jsonPath("$.convictions[0].statutoryReference").value("s.3 Sexual Offences Act 2003"))
                .andExpect(jsonPath("$.convictions[0].ageAtConviction").value(34))
                .andExpect(jsonPath("$.addresses[0].postcode").value("E17 4AB"))
                .andExpect(jsonPath("$.management.offenderManager").value("it.met.om"))
                .andExpect(jsonPath("$.distinguishingMarks[0].location").value("left forearm"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void anotherForceSeesOnlyTheSummaryWithHowToContactTheManagingForce() throws Exception {
        String id = register(metOffender()).get("id").asString();
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.HERTS_OM)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("ETag"))
                .andExpect(jsonPath("$.access").value("SUMMARY"))
                .andExpect(jsonPath("$.name.familyName").value("Smith"))
                .andExpect(jsonPath("$.dateOfBirth").value("1980-05-17"))
                .andExpect(jsonPath("$.managingAgency.name").value("Metropolitan Police Service"))
                .andExpect(jsonPath("$.managingAgency.contactPoint").exists())
                .andExpect(jsonPath("$.identifiers").doesNotExist())
                .andExpect(jsonPath("$.addresses").doesNotExist())
                .andExpect(jsonPath("$.convictions").doesNotExist());
    }

    @Test
    void responsibleAgenciesAndNationalRolesSeeTheFullRecord() throws Exception {
        String id = register(metOffender()).get("id").asString();
        for (TestUser user : List.of(TestUser.PROBATION, TestUser.AUDITOR, TestUser.ADMIN, TestUser.MAPPA)) {
            mvc.perform(get("/api/v1/offenders/" + id).with(as(user)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.access").value("FULL"));
        }
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.PRISON)))
                .andExpect(jsonPath("$.access").value("SUMMARY"));
    }

    @Test
    void thePrisonHoldingTheOffenderSeesTheFullRecord() throws Exception {
        OffenderFixtures.Builder inCustody = metOffender();
        inCustody.status = RecordStatus.IN_CUSTODY;
        inCustody.management = new Management("MET", null, null, "HMP-WANDSWORTH");
        String id = register(inCustody).get("id").asString();
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.PRISON)))
                .andExpect(jsonPath("$.access").value("FULL"));
    }

    @Test
    void analystsNeverSeeIdentities() throws Exception {
        String id = register(metOffender()).get("id").asString();
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.ANALYST)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.name").doesNotExist());
    }

    @Test
    void anUnknownIdIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/offenders/00000000-0000-0000-0000-000000000001").with(as(TestUser.MET_OM)))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.correlationId").exists());
        mvc.perform(get("/api/v1/offenders/not-a-uuid").with(as(TestUser.MET_OM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void invalidInputNamesEveryFieldAndStoresNothing() throws Exception {
        OffenderFixtures.Builder bad = metOffender();
        bad.name = new PersonName("", "Smith");
        bad.pnc("2001/0012345A");
        bad.dateOfBirth = LocalDate.of(2090, 1, 1);
        long before = offenderRows();
        mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(body(bad)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:vigil:problem:invalid-input"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("name.givenNames")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("identifiers.pncId")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("dateOfBirth")))
                .andExpect(jsonPath("$.errors.length()").value(3));
        assertThat(offenderRows()).isEqualTo(before);
    }

    @Test
    void unreadableValuesAreNamedByTheirPath() throws Exception {
        ObjectNode node = (ObjectNode) json.readTree(body(metOffender()));
        node.put("dateOfBirth", "17/05/1980");
        expectFieldError(node, "dateOfBirth");

        node = (ObjectNode) json.readTree(body(metOffender()));
        node.put("sex", "M");
        expectFieldError(node, "sex");

        node = (ObjectNode) json.readTree(body(metOffender()));
        ((ObjectNode) node.get("convictions").get(0)).put("disposal", "PRISON");
        expectFieldError(node, "convictions[0].disposal");

        node = (ObjectNode) json.readTree(body(metOffender()));
        node.put("favouriteColour", "blue");
        expectFieldError(node, "favouriteColour");

        mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    private void expectFieldError(JsonNode node, String field) throws Exception {
        mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(node)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void aPncIdAlreadyOnRecordIsAConflictAndNothingIsStored() throws Exception {
        OffenderFixtures.Builder first = metOffender();
        register(first);
        long before = offenderRows();
        mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(body(first)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("identifiers.pncId"));
        assertThat(offenderRows()).isEqualTo(before);
    }

    @Test
    void anOfficerCannotRegisterAnOffenderForAnotherForce() throws Exception {
        OffenderFixtures.Builder herts = metOffender().managedBy("HRT", null);
        mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(body(herts)))
                .andExpect(status().isForbidden());
    }

    @Test
    void updatesNeedTheCurrentETag() throws Exception {
        OffenderFixtures.Builder builder = metOffender();
        String id = register(builder).get("id").asString();
        builder.aliases = List.of(new PersonName("Johnny", "Smith"));

        mvc.perform(put("/api/v1/offenders/" + id).with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(body(builder)))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.status").value(428));

        mvc.perform(put("/api/v1/offenders/" + id).with(as(TestUser.MET_SUPERVISOR)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body(builder)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.aliases[0].givenNames").value("Johnny"))
                .andExpect(jsonPath("$.updatedBy").value("it.met.supervisor"));
    }

    @Test
    void aSecondEditBasedOnTheSameVersionIsRefusedNotLost() throws Exception {
        OffenderFixtures.Builder builder = metOffender();
        String id = register(builder).get("id").asString();

        OffenderFixtures.Builder first = metOffender().pnc(builder.identifiers.pncId());
        first.nationality = "IE";
        OffenderFixtures.Builder second = metOffender().pnc(builder.identifiers.pncId());
        second.nationality = "PL";

        mvc.perform(put("/api/v1/offenders/" + id).with(as(TestUser.MET_OM)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body(first)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/offenders/" + id).with(as(TestUser.MET_SUPERVISOR)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body(second)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.changedBy").value("it.met.om"))
                .andExpect(jsonPath("$.currentVersion").value(2));

        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.nationality").value("IE"))
                .andExpect(jsonPath("$.version").value(2));

        mvc.perform(get("/api/v1/offenders/" + id + "/versions").with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[1].version").value(2))
                .andExpect(jsonPath("$[1].changedBy").value("it.met.om"));
        mvc.perform(get("/api/v1/offenders/" + id + "/versions/1").with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(jsonPath("$.nationality").value("GB"));
        mvc.perform(get("/api/v1/offenders/" + id + "/versions/2").with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(jsonPath("$.nationality").value("IE"));
        mvc.perform(get("/api/v1/offenders/" + id + "/versions/3").with(as(TestUser.MET_SUPERVISOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/offenders/" + id + "/versions").with(as(TestUser.HERTS_OM)))
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvalidUpdateChangesNothing() throws Exception {
        OffenderFixtures.Builder builder = metOffender();
        String id = register(builder).get("id").asString();
        builder.convictions = List.of();
        mvc.perform(put("/api/v1/offenders/" + id).with(as(TestUser.MET_OM)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body(builder)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("convictions"));
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.convictions.length()").value(1))
                .andExpect(jsonPath("$.aliases.length()").value(1));
    }

    @Test
    void aRecordReadCanBeSentBackUnchanged() throws Exception {
        String id = register(metOffender()).get("id").asString();
        String read = mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.MET_OM)))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(put("/api/v1/offenders/" + id).with(as(TestUser.MET_OM)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(read))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void anotherForceCannotChangeTheRecord() throws Exception {
        OffenderFixtures.Builder builder = metOffender();
        String id = register(builder).get("id").asString();
        builder.nationality = "FR";
        for (TestUser user : List.of(TestUser.HERTS_OM, TestUser.PROBATION)) {
            mvc.perform(put("/api/v1/offenders/" + id).with(as(user)).header("If-Match", "\"1\"")
                            .contentType(MediaType.APPLICATION_JSON).content(body(builder)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/offenders/" + id).with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.nationality").value("GB"));
    }

    @Test
    void deathIsFinalAndANewRecordCannotStartExpired() throws Exception {
        OffenderFixtures.Builder builder = metOffender();
        String id = register(builder).get("id").asString();
        builder.status = RecordStatus.DECEASED;
        mvc.perform(put("/api/v1/offenders/" + id).with(as(TestUser.MET_OM)).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body(builder)))
                .andExpect(status().isOk());
        builder.status = RecordStatus.ACTIVE;
        mvc.perform(put("/api/v1/offenders/" + id).with(as(TestUser.MET_OM)).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body(builder)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("final")));

        OffenderFixtures.Builder expired = metOffender();
        expired.status = RecordStatus.EXPIRED;
        mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM))
                        .contentType(MediaType.APPLICATION_JSON).content(body(expired)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }
}
