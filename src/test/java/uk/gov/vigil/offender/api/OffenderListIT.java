package uk.gov.vigil.offender.api;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.support.IntegrationTestBase;

/**
 * Listing uses the City of London Police, which no other test or the demo generator gives offenders to, so the
 * expected totals are exact.
 */
class OffenderListIT extends IntegrationTestBase {

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void threeCityOffenders() throws Exception {
        for (String table : List.of("task", "compliance_case", "obligation", "notification",
                "notification_requirement", "offender_revision")) {
            jdbc.sql("delete from " + table + " where offender_id in (select id from offender"
                    + " where managing_agency_code = 'COL')").update();
        }
        jdbc.sql("delete from offender where managing_agency_code = 'COL'").update();
        int serial = ThreadLocalRandom.current().nextInt(1_000_000, 4_000_000);
        List<String> surnames = List.of("Cole", "Able", "Baker");
        for (int i = 0; i < surnames.size(); i++) {
            OffenderFixtures.Builder b = OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(1998, serial + i));
            b.name = new PersonName("Test", surnames.get(i));
            b.management = new Management("COL", "it.city.om", null, null);
            b.status = i == 2 ? RecordStatus.IN_CUSTODY : RecordStatus.ACTIVE;
            mvc.perform(post("/api/v1/offenders").with(as(TestUser.CITY_OM))
                            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(b.build())))
                    .andExpect(status().isCreated());
        }
    }

    @Test
    void listsTheUsersOwnAgencyByDefaultOrderedByName() throws Exception {
        mvc.perform(get("/api/v1/offenders").with(as(TestUser.CITY_OM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[0].name.familyName").value("Able"))
                .andExpect(jsonPath("$.items[1].name.familyName").value("Baker"))
                .andExpect(jsonPath("$.items[2].name.familyName").value("Cole"))
                .andExpect(jsonPath("$.items[*].managingAgency").value(everyItem(is("COL"))));
    }

    @Test
    void filtersByStatusAndPages() throws Exception {
        mvc.perform(get("/api/v1/offenders?agency=COL&status=ACTIVE").with(as(TestUser.CITY_OM)))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get("/api/v1/offenders?agency=COL&size=2&page=1").with(as(TestUser.CITY_OM)))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].name.familyName").value("Cole"));
    }

    @Test
    void anotherAgencysListNeedsNationalAccess() throws Exception {
        mvc.perform(get("/api/v1/offenders?agency=COL").with(as(TestUser.MET_OM)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/offenders?agency=COL").with(as(TestUser.AUDITOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3));
    }

    @Test
    void badParametersAreNamed() throws Exception {
        mvc.perform(get("/api/v1/offenders?size=500").with(as(TestUser.CITY_OM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/api/v1/offenders?status=LOST").with(as(TestUser.CITY_OM)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/offenders?agency=NOPE").with(as(TestUser.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agency"));
    }
}
