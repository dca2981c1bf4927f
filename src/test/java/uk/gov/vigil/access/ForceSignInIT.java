package uk.gov.vigil.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.SessionCookie;
import uk.gov.vigil.support.TestIdentityProvider;

/** Sign-in through a force's identity provider (OIDC), and JWTs from it for API clients, against a local issuer. */
class ForceSignInIT extends IntegrationTestBase {

    static final TestIdentityProvider PROVIDER = new TestIdentityProvider();

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.registration.force.";
        registry.add(prefix + "client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add(prefix + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add(prefix + "scope", () -> "openid");
        registry.add(prefix + "client-name", () -> "Test Constabulary");
        registry.add("spring.security.oauth2.client.provider.force.issuer-uri", PROVIDER::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", PROVIDER::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestIdentityProvider.CLIENT_ID);
    }

    @Autowired
    JdbcClient jdbc;

    private static String newUsername() {
        return "oidc.user." + ThreadLocalRandom.current().nextInt(10_000_000);
    }

    /** Goes through the authorization code flow as a browser would, the provider vouching for these claims. */
    private SessionCookie signInThroughTheProvider(Map<String, Object> claims, String expectedRedirect)
            throws Exception {
        SessionCookie session = new SessionCookie();
        String location = mvc.perform(get("/oauth2/authorization/force").with(session))
                .andExpect(status().isFound()).andDo(session).andReturn().getResponse().getRedirectedUrl();
        UriComponents authorize = UriComponentsBuilder.fromUriString(location).build();
        assertThat(location).startsWith(PROVIDER.issuer() + "/authorize");
        String code = PROVIDER.issueCode(query(authorize, "nonce"), claims);
        mvc.perform(get("/login/oauth2/code/force").with(session).param("code", code)
                        .param("state", query(authorize, "state")))
                .andExpect(redirectedUrl(expectedRedirect)).andDo(session);
        return session;
    }

    private static String query(UriComponents uri, String name) {
        return URLDecoder.decode(uri.getQueryParams().getFirst(name), StandardCharsets.UTF_8);
    }

    @Test
    void theSignInPageOffersTheForcesProvider() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(content().string(containsString("Sign in with Test Constabulary")));
    }

    @Test
    void aForceUserSignsInWithTheAgencyAndRolesTheProviderAsserts() throws Exception {
        String username = newUsername();
        SessionCookie session = signInThroughTheProvider(Map.of("preferred_username", username,
                "name", "Olive Provider", "vigil_agency", "HRT",
                "vigil_roles", List.of("OFFENDER_MANAGER", "NOT_A_VIGIL_ROLE")), "/");
        mvc.perform(get("/").with(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Olive Provider")))
                .andExpect(content().string(containsString("HRT")));
        mvc.perform(get("/api/v1/offenders").with(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/statistics/whereabouts-unknown").with(session)).andExpect(status().isForbidden());
        assertThat(users.find(username)).get().satisfies(u -> {
            assertThat(u.agencyCode()).isEqualTo("HRT");
            assertThat(u.roles()).containsExactly(Role.OFFENDER_MANAGER);
        });
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :u and action = 'SIGNED_IN'")
                .param("u", username).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aProviderUserWithNoKnownAgencyIsRefused() throws Exception {
        signInThroughTheProvider(Map.of("preferred_username", newUsername(), "vigil_agency", "ATLANTIS"),
                "/sign-in?error");
    }

    @Test
    void anApiClientUsesAJwtFromTheProvider() throws Exception {
        String username = newUsername();
        String token = PROVIDER.accessToken(Map.of("preferred_username", username, "vigil_agency", "MET",
                "vigil_roles", List.of("SUPERVISOR")));
        mvc.perform(get("/api/v1/statistics/whereabouts-unknown").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/audit-chain").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/account/tokens").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"scopes\":[\"OFFENDER_READ\"]}"))
                .andExpect(status().isForbidden());
        String noAgency = PROVIDER.accessToken(Map.of("preferred_username", username));
        mvc.perform(get("/api/v1/offenders").header("Authorization", "Bearer " + noAgency))
                .andExpect(status().isUnauthorized());
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        mvc.perform(get("/api/v1/offenders").header("Authorization", "Bearer " + forged))
                .andExpect(status().isUnauthorized());
    }
}
