package uk.gov.vigil.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import uk.gov.vigil.support.IntegrationTestBase;

/**
 * Every API endpoint refuses a caller with no credentials (401) and a caller whose role lacks the permission
 * (403), before it looks at the request. The 403 is checked with a user whose roles lack the permission; the
 * reference-data endpoints are open to every role, so there the refused user is one with no role at all. Changing
 * one's own password and managing one's own tokens are open to every signed-in user, so they have only the 401 test.
 */
class EndpointSecurityIT extends IntegrationTestBase {

    private static final String SOME_ID = "/api/v1/offenders/00000000-0000-0000-0000-000000000042";
    private static final String OTHER_ID = "00000000-0000-0000-0000-000000000043";
    private static final String CASE = "/api/v1/whereabouts-cases/" + OTHER_ID;

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/v1/agencies", TestUser.NO_ROLE),
                Arguments.of(HttpMethod.POST, "/api/v1/imports", TestUser.MET_OM),
                Arguments.of(HttpMethod.GET, "/api/v1/imports/" + OTHER_ID, TestUser.MET_OM),
                Arguments.of(HttpMethod.GET, "/api/v1/imports/" + OTHER_ID + "/problems", TestUser.PROBATION),
                Arguments.of(HttpMethod.POST, "/api/v1/exports/offenders", TestUser.ADMIN),
                Arguments.of(HttpMethod.GET, "/api/v1/agencies/MET", TestUser.NO_ROLE),
                Arguments.of(HttpMethod.GET, "/api/v1/offences", TestUser.NO_ROLE),
                Arguments.of(HttpMethod.GET, "/api/v1/offences/SOA2003-S1", TestUser.NO_ROLE),
                Arguments.of(HttpMethod.GET, "/api/v1/offenders", TestUser.ANALYST),
                Arguments.of(HttpMethod.POST, "/api/v1/offenders", TestUser.PROBATION),
                Arguments.of(HttpMethod.GET, SOME_ID, TestUser.ANALYST),
                Arguments.of(HttpMethod.PUT, SOME_ID, TestUser.PRISON),
                Arguments.of(HttpMethod.GET, SOME_ID + "/versions", TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, SOME_ID + "/versions/1", TestUser.ANALYST),
                Arguments.of(HttpMethod.POST, SOME_ID + "/full-access", TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, SOME_ID + "/full-access", TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, SOME_ID + "/restrictions", TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, SOME_ID + "/intelligence", TestUser.PRISON),
                Arguments.of(HttpMethod.POST, SOME_ID + "/intelligence", TestUser.PROBATION),
                Arguments.of(HttpMethod.PUT, SOME_ID + "/restrictions", TestUser.MET_OM),
                Arguments.of(HttpMethod.POST, SOME_ID + "/merge", TestUser.MET_SUPERVISOR),
                Arguments.of(HttpMethod.POST, SOME_ID + "/erasure", TestUser.MET_SUPERVISOR),
                Arguments.of(HttpMethod.GET, "/actuator/prometheus", TestUser.MET_SUPERVISOR),
                Arguments.of(HttpMethod.POST, "/api/v1/rules/england-wales/notification-period", TestUser.NO_ROLE),
                Arguments.of(HttpMethod.POST, SOME_ID + "/notifications", TestUser.PROBATION),
                Arguments.of(HttpMethod.POST, SOME_ID + "/notifications/" + OTHER_ID + "/corrections",
                        TestUser.PRISON),
                Arguments.of(HttpMethod.GET, SOME_ID + "/compliance", TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, SOME_ID + "/notifications/" + OTHER_ID, TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, "/api/v1/compliance/due", TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, "/api/v1/tasks", TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, "/api/v1/workload", TestUser.PROBATION),
                Arguments.of(HttpMethod.GET, "/api/v1/search/offenders", TestUser.ANALYST),
                Arguments.of(HttpMethod.POST, "/api/v1/compliance/cases/" + OTHER_ID + "/close", TestUser.PROBATION),
                Arguments.of(HttpMethod.POST, SOME_ID + "/whereabouts-cases", TestUser.PROBATION),
                Arguments.of(HttpMethod.GET, SOME_ID + "/whereabouts-cases", TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, "/api/v1/whereabouts-cases", TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, CASE, TestUser.ANALYST),
                Arguments.of(HttpMethod.POST, CASE + "/enquiries", TestUser.PRISON),
                Arguments.of(HttpMethod.POST, CASE + "/whereabouts-unknown", TestUser.PROBATION),
                Arguments.of(HttpMethod.POST, CASE + "/wanted", TestUser.PROBATION),
                Arguments.of(HttpMethod.POST, CASE + "/located", TestUser.PROBATION),
                Arguments.of(HttpMethod.POST, CASE + "/close", TestUser.PROBATION),
                Arguments.of(HttpMethod.GET, "/api/v1/statistics/whereabouts-unknown", TestUser.MET_OM),
                Arguments.of(HttpMethod.GET, "/api/v1/statistics/whereabouts-unknown.csv", TestUser.PRISON),
                Arguments.of(HttpMethod.GET, "/api/v1/audit/events", TestUser.MET_OM),
                Arguments.of(HttpMethod.GET, "/api/v1/audit/events.csv", TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, "/api/v1/admin/audit-chain", TestUser.MET_SUPERVISOR),
                Arguments.of(HttpMethod.GET, "/api/v1/admin/users", TestUser.AUDITOR),
                Arguments.of(HttpMethod.POST, "/api/v1/admin/users", TestUser.MET_SUPERVISOR),
                Arguments.of(HttpMethod.GET, "/api/v1/admin/users/it.met.om", TestUser.AUDITOR),
                Arguments.of(HttpMethod.POST, "/api/v1/admin/users/it.met.om/unlock", TestUser.AUDITOR),
                Arguments.of(HttpMethod.POST, "/api/v1/admin/users/it.met.om/disable", TestUser.MET_SUPERVISOR),
                Arguments.of(HttpMethod.POST, "/api/v1/admin/users/it.met.om/enable", TestUser.AUDITOR),
                Arguments.of(HttpMethod.PUT, "/api/v1/admin/users/it.met.om/roles", TestUser.MET_SUPERVISOR),
                Arguments.of(HttpMethod.PUT, SOME_ID + "/offender-manager", TestUser.MET_OM),
                Arguments.of(HttpMethod.GET, SOME_ID + "/risk", TestUser.ANALYST),
                Arguments.of(HttpMethod.POST, SOME_ID + "/risk-assessments", TestUser.PRISON),
                Arguments.of(HttpMethod.POST, SOME_ID + "/home-visits", TestUser.MAPPA),
                Arguments.of(HttpMethod.POST, SOME_ID + "/reactive-management", TestUser.MET_OM),
                Arguments.of(HttpMethod.POST, SOME_ID + "/reactive-management/end", TestUser.PROBATION),
                Arguments.of(HttpMethod.PUT, SOME_ID + "/mappa", TestUser.MET_OM),
                Arguments.of(HttpMethod.POST, SOME_ID + "/mappa-meetings", TestUser.PROBATION),
                Arguments.of(HttpMethod.POST, SOME_ID + "/risk-actions", TestUser.PRISON),
                Arguments.of(HttpMethod.POST, "/api/v1/risk-actions/" + OTHER_ID + "/status", TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, "/api/v1/priorities", TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, "/api/v1/risk-tasks", TestUser.ANALYST),
                Arguments.of(HttpMethod.GET, "/api/v1/caseload", TestUser.MET_OM),
                Arguments.of(HttpMethod.POST, "/api/v1/account/password", null),
                Arguments.of(HttpMethod.POST, "/api/v1/account/tokens", null),
                Arguments.of(HttpMethod.GET, "/api/v1/account/tokens", null),
                Arguments.of(HttpMethod.DELETE, "/api/v1/account/tokens/" + OTHER_ID, null));
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @org.junit.jupiter.api.Test
    void everyApiEndpointIsInTheList() {
        List<String> listed = endpoints().map(a -> a.get()[0] + " " + a.get()[1]).toList();
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                if (!pattern.getPatternString().startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    boolean found = listed.stream().anyMatch(l -> l.startsWith(method.name() + " ")
                            && pattern.matches(PathContainer.parsePath(l.substring(l.indexOf(' ') + 1))));
                    if (!found) {
                        missing.add(method + " " + pattern.getPatternString());
                    }
                }
            }
        });
        org.assertj.core.api.Assertions.assertThat(missing).isEmpty();
    }

    private static MockHttpServletRequestBuilder call(HttpMethod method, String path) {
        return request(method, path).contentType(MediaType.APPLICATION_JSON).content("{}").header("If-Match", "\"1\"");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void withoutCredentialsIsUnauthorised(HttpMethod method, String path, TestUser ignored) throws Exception {
        mvc.perform(call(method, path).with(csrf()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:vigil:problem:unauthenticated"));
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @MethodSource("endpoints")
    void withoutThePermissionIsForbidden(HttpMethod method, String path, TestUser user) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(user != null, "open to every signed-in user");
        mvc.perform(call(method, path).with(as(user)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Your role does not allow this"));
    }

    @org.junit.jupiter.api.Test
    void aSessionWriteWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(request(HttpMethod.POST, "/api/v1/offenders").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(uk.gov.vigil.access.web.AccountPrincipal.authenticated(
                                        TestUser.MET_OM.vigilUser()))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSRF")));
    }

    @org.junit.jupiter.api.Test
    void theOpenApiDocumentNeedsASignedInUser() throws Exception {
        mvc.perform(request(HttpMethod.GET, "/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(request(HttpMethod.GET, "/v3/api-docs").with(as(TestUser.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/offenders/{id}']").exists());
    }
}
