package uk.gov.vigil.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.vigil.support.IntegrationTestBase;

/**
 * SQL injection (ASVS 1.2.4): classic payloads in every query parameter that reaches SQL. Every query binds its
 * parameters, so each payload is either refused as invalid (400) or matched literally (no rows), never run; and
 * the tables are still there afterwards.
 */
class InjectionIT extends IntegrationTestBase {

    static final List<String> PAYLOADS = List.of("' OR '1'='1", "MET' OR 1=1 --", "x'; drop table offender; --",
            "1) or (1=1", "\" or \"\"=\"", "MET%' --");

    @Autowired
    JdbcClient jdbc;

    static List<String> requests() {
        List<String> urls = new java.util.ArrayList<>();
        for (String p : PAYLOADS) {
            String q = java.net.URLEncoder.encode(p, java.nio.charset.StandardCharsets.UTF_8);
            urls.add("/api/v1/offenders?agency=" + q);
            urls.add("/api/v1/offenders?status=" + q);
            urls.add("/api/v1/compliance/due?agency=" + q);
            urls.add("/api/v1/whereabouts-cases?agency=" + q);
            urls.add("/api/v1/statistics/whereabouts-unknown?asOf=" + q);
            urls.add("/api/v1/audit/events?from=2020-01-01&to=2030-01-01&username=" + q);
            urls.add("/api/v1/audit/events?from=2020-01-01&to=2030-01-01&offenderId=" + q);
            urls.add("/api/v1/agencies?type=" + q);
            urls.add("/api/v1/agencies/" + q);
            urls.add("/api/v1/offences/" + q);
        }
        return urls;
    }

    @ParameterizedTest
    @MethodSource("requests")
    void payloadsAreRefusedOrMatchedLiterallyNeverRun(String url) throws Exception {
        long offenders = jdbc.sql("select count(*) from offender").query(Long.class).single();
        String body = mvc.perform(get(url).with(as(TestUser.ADMIN)))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).as(url)
                        .isIn(200, 400, 403, 404))
                .andReturn().getResponse().getContentAsString();
        if (url.startsWith("/api/v1/audit/")) {
            mvc.perform(get(url).with(as(TestUser.AUDITOR)))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as(url).isIn(200, 400));
        }
        assertThat(body).doesNotContainIgnoringCase("syntax error").doesNotContainIgnoringCase("SQLException");
        assertThat(jdbc.sql("select count(*) from offender").query(Long.class).single()).isEqualTo(offenders);
    }
}
