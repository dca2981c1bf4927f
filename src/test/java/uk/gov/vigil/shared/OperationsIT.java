package uk.gov.vigil.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.support.IntegrationTestBase;

@ExtendWith(OutputCaptureExtension.class)
class OperationsIT extends IntegrationTestBase {

    @Autowired
    JsonMapper json;

    @Test
    void healthIsPublicAndIncludesTheDatabaseForAdministrators() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health").with(as(TestUser.ADMIN)))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void prometheusMetricsNeedTheMetricsPermission() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(as(TestUser.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void everyResponseCarriesACorrelationId() throws Exception {
        mvc.perform(get("/api/v1/agencies").header("X-Correlation-Id", "case-1234-abcd").with(as(TestUser.MET_OM)))
                .andExpect(header().string("X-Correlation-Id", "case-1234-abcd"));
        mvc.perform(get("/api/v1/agencies").header("X-Correlation-Id", "bad id <script>").with(as(TestUser.MET_OM)))
                .andExpect(header().string("X-Correlation-Id", org.hamcrest.Matchers.not(containsString("<"))));
    }

    @Test
    void logsNeverCarryOffenderPersonalData(CapturedOutput output) throws Exception {
        String surname = "Quixotic-Marmaduke";
        String pnc = IdentifierFormats.formatPncId(1997, 7_654_321);
        OffenderFixtures.Builder b = OffenderFixtures.valid().pnc(pnc);
        b.name = new PersonName("Zebedee", surname);
        b.management = new Management("MET", null, null, null);
        String body = json.writeValueAsString(b.build());
        mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated());
        // the same record again: a conflict, and a malformed variant: a validation failure
        mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/offenders").with(as(TestUser.MET_OM)).contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("1980-05-17", "17/05/1980"))).andExpect(status().isBadRequest());
        for (String personal : List.of(surname, "Zebedee", pnc, "AB123456C", "E17 4AB", "17/05/1980")) {
            assertThat(output.getAll()).doesNotContain(personal);
        }
    }
}
