package uk.gov.vigil.rules;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import uk.gov.vigil.support.IntegrationTestBase;

class NotificationPeriodApiIT extends IntegrationTestBase {

    private ResultActions calculate(String jurisdiction, String body) throws Exception {
        return mvc.perform(post("/api/v1/rules/" + jurisdiction + "/notification-period").with(as(TestUser.HERTS_OM))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void twentyFourMonthsIsTenYears() throws Exception {
        calculate("england-wales", """
                {"dateOfBirth":"1980-01-01","relevantDate":"2020-03-10","disposal":"IMPRISONMENT","termMonths":24}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("DETERMINED"))
                .andExpect(jsonPath("$.indefinite").value(false))
                .andExpect(jsonPath("$.period").value("P10Y"))
                .andExpect(jsonPath("$.lastDay").value("2030-03-09"))
                .andExpect(jsonPath("$.halved").value(false))
                .andExpect(jsonPath("$.citation").value("s.82(1) SOA 2003"))
                .andExpect(jsonPath("$.reasons.length()").value(2));
    }

    @Test
    void underEighteenIsHalved() throws Exception {
        calculate("england-wales", """
                {"dateOfBirth":"2005-01-01","relevantDate":"2020-03-10","disposal":"IMPRISONMENT","termMonths":6}""")
                .andExpect(jsonPath("$.period").value("P3Y6M"))
                .andExpect(jsonPath("$.halved").value(true))
                .andExpect(jsonPath("$.lastDay").value("2023-09-09"));
    }

    @Test
    void severalTermsAndIndefinitePeriods() throws Exception {
        calculate("england-wales", """
                {"dateOfBirth":"1980-01-01","relevantDate":"2020-03-10","disposal":"IMPRISONMENT",
                 "terms":[{"startMonth":0,"months":24},{"startMonth":18,"months":12}]}""")
                .andExpect(jsonPath("$.indefinite").value(true))
                .andExpect(jsonPath("$.period").doesNotExist())
                .andExpect(jsonPath("$.citation").value("s.82(1), (3)-(4) SOA 2003"));
    }

    @Test
    void anUnknownDisposalGoesToManualReview() throws Exception {
        calculate("england-wales", """
                {"dateOfBirth":"1980-01-01","relevantDate":"2020-03-10"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("MANUAL_REVIEW"))
                .andExpect(jsonPath("$.reasons[0]").value("The disposal is not known"));
    }

    @Test
    void badInputIsNamed() throws Exception {
        calculate("england-wales", """
                {"dateOfBirth":"1980-01-01","disposal":"CAUTION"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("relevantDate"));
        calculate("england-wales", """
                {"dateOfBirth":"1980-01-01","relevantDate":"2020-03-10","disposal":"IMPRISONMENT",
                 "terms":[{"startMonth":0,"months":0}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("terms[0].months"));
        calculate("england-wales", """
                {"dateOfBirth":"1980-01-01","relevantDate":"2020-03-10","disposal":"PROBATION"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("disposal"));
        calculate("narnia", """
                {"dateOfBirth":"1980-01-01","relevantDate":"2020-03-10","disposal":"CAUTION"}""")
                .andExpect(status().isNotFound());
    }
}
