package uk.gov.vigil.agency;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import uk.gov.vigil.support.IntegrationTestBase;

class ReferenceDataIT extends IntegrationTestBase {

    @Test
    void everyUkPoliceForceIsAnAgency() throws Exception {
        mvc.perform(get("/api/v1/agencies?type=POLICE_FORCE").with(as(TestUser.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(46))
                .andExpect(jsonPath("$[?(@.jurisdiction == 'ENGLAND_AND_WALES')]").isArray())
                .andExpect(jsonPath("$[?(@.jurisdiction == 'ENGLAND_AND_WALES')].code").value(
                        org.hamcrest.Matchers.iterableWithSize(43)))
                .andExpect(jsonPath("$[*].name").value(hasItems("Metropolitan Police Service",
                        "Hertfordshire Constabulary", "Thames Valley Police", "British Transport Police",
                        "Police Scotland", "Police Service of Northern Ireland", "City of London Police")));
    }

    @Test
    void probationPrisonsAndNationalBodiesAreAgenciesToo() throws Exception {
        mvc.perform(get("/api/v1/agencies?type=PROBATION_REGION").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.length()").value(13));
        mvc.perform(get("/api/v1/agencies?type=PRISON").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$[*].name").value(hasItems("HMP Whatton", "HMP Wandsworth")));
        mvc.perform(get("/api/v1/agencies/NCA").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.name").value("National Crime Agency"));
        mvc.perform(get("/api/v1/agencies/HOAU").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.type").value("HOME_OFFICE_ANALYSIS"));
        mvc.perform(get("/api/v1/agencies/XYZ").with(as(TestUser.MET_OM)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOffenceCatalogueCitesTheStatute() throws Exception {
        mvc.perform(get("/api/v1/offences").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(30)));
        mvc.perform(get("/api/v1/offences/SOA2003-S1").with(as(TestUser.MET_OM)))
                .andExpect(jsonPath("$.title").value("Rape"))
                .andExpect(jsonPath("$.statutoryReference").value("s.1 Sexual Offences Act 2003"));
        mvc.perform(get("/api/v1/offences/NOPE").with(as(TestUser.MET_OM)))
                .andExpect(status().isNotFound());
    }
}
