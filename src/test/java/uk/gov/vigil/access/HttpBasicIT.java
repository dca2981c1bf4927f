package uk.gov.vigil.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import uk.gov.vigil.support.IntegrationTestBase;

/** HTTP Basic is a demo convenience: accepted only where switched on, and refused in production. */
class HttpBasicIT {

    @Nested
    @TestPropertySource(properties = "vigil.security.http-basic-enabled=true")
    class WhereEnabled extends IntegrationTestBase {

        @Test
        void theRightPasswordIsAccepted() throws Exception {
            mvc.perform(get("/api/v1/offenders").with(httpBasic(TestUser.MET_OM.username, PASSWORD)))
                    .andExpect(status().isOk());
        }

        @Test
        void aWrongPasswordIsUnauthorisedWithAChallenge() throws Exception {
            mvc.perform(get("/api/v1/offenders").with(httpBasic(TestUser.MET_OM.username, "wrong-password")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Vigil\""));
        }
    }

    @Nested
    @ActiveProfiles({"test", "prod"})
    class InProduction extends IntegrationTestBase {

        @Test
        void correctCredentialsAreStillRefused() throws Exception {
            mvc.perform(get("/api/v1/offenders").with(httpBasic(TestUser.MET_OM.username, PASSWORD)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().doesNotExist("WWW-Authenticate"))
                    .andExpect(jsonPath("$.detail").value(
                            "HTTP Basic authentication is not accepted here; sign in instead"));
        }
    }
}
