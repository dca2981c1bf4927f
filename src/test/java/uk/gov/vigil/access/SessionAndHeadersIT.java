package uk.gov.vigil.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.vigil.access.application.AccountAdministration;
import uk.gov.vigil.access.application.Totp;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.SessionCookie;
import uk.gov.vigil.support.TestClockConfiguration;

/** Session limits, ending sessions of disabled accounts, dormancy, and the security headers on every response. */
@Import(TestClockConfiguration.class)
class SessionAndHeadersIT extends IntegrationTestBase {

    static final String SECRET = "NBSWY3DPO5XXE3DENBSWY3DPO5XXE3DE";

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    Environment environment;

    String username;

    @BeforeEach
    void freshAccount() {
        clock.set(Instant.now());
        username = "it.sess." + ThreadLocalRandom.current().nextInt(10_000_000);
        users.createIfAbsent(username, "Test session user", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        users.setUpSecondFactorIfAbsent(username, SECRET);
    }

    private SessionCookie signIn() throws Exception {
        SessionCookie session = new SessionCookie();
        mvc.perform(post("/sign-in").with(csrf()).param("username", username)
                        .param("password", PASSWORD).param("code", Totp.code(SECRET, clock.instant())))
                .andExpect(redirectedUrl("/")).andDo(session);
        return session;
    }

    private long sessionsInTheDatabase(String id) {
        return jdbc.sql("select count(*) from spring_session where session_id = :id").param("id", id)
                .query(Long.class).single();
    }

    @Test
    void disablingAnAccountEndsItsLiveSessionsAtOnce() throws Exception {
        SessionCookie session = signIn();
        String id = session.sessionId();
        mvc.perform(get("/api/v1/offenders").with(session)).andExpect(status().isOk());
        assertThat(sessionsInTheDatabase(id)).isEqualTo(1);
        mvc.perform(post("/api/v1/admin/users/" + username + "/disable").with(as(TestUser.ADMIN)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/offenders").with(session)).andExpect(status().isUnauthorized());
        assertThat(sessionsInTheDatabase(id)).as("the session was deleted from the shared store").isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_DISABLED' and object_id = :u")
                .param("u", username).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSessionEndsAfterTwelveHoursHoweverActive() throws Exception {
        SessionCookie session = signIn();
        clock.set(clock.instant().plus(Duration.ofHours(11).plusMinutes(59)));
        mvc.perform(get("/").with(session)).andExpect(status().isOk());
        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        mvc.perform(get("/").with(session)).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/api/v1/offenders").with(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void sessionsTimeOutAfterThirtyMinutesIdle() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aPageRequestedWithAnExpiredSessionSaysWhyTheUserMustSignInAgain() throws Exception {
        mvc.perform(get("/").with(SessionCookie.forSessionId(UUID.randomUUID().toString())))
                .andExpect(redirectedUrl("/sign-in?timeout"));
        String page = mvc.perform(get("/sign-in?timeout")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("You were signed out because you had not used Vigil for", "30</span> minutes");
    }

    @Test
    void accountsUnusedForNinetyDaysAreDisabledAndTheChangeIsAudited() throws Exception {
        String idle = username + ".idle";
        clock.set(Instant.parse("2026-01-01T09:00:00Z"));
        users.createIfAbsent(idle, "Idle user", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        users.setUpSecondFactorIfAbsent(idle, SECRET);
        clock.set(Instant.parse("2026-03-31T09:00:00Z"));
        assertThat(administration.disableDormantAccounts()).doesNotContain(idle);
        clock.set(Instant.parse("2026-04-02T09:00:00Z"));
        assertThat(administration.disableDormantAccounts()).contains(idle);
        mvc.perform(post("/sign-in").with(csrf()).param("username", idle).param("password", PASSWORD)
                .param("code", Totp.code(SECRET, clock.instant()))).andExpect(redirectedUrl("/sign-in?error"));
        assertThat(jdbc.sql("select reason from audit_event where action = 'ACCOUNT_DISABLED' and object_id = :u")
                .param("u", idle).query(String.class).list()).containsExactly("dormant 90 days");
    }

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicyWithAFreshNonce() throws Exception {
        String first = mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("Content-Security-Policy");
        String second = mvc.perform(get("/api/v1/agencies").with(as(TestUser.MET_OM)))
                .andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(first).contains("script-src 'self' 'nonce-", "object-src 'none'", "base-uri 'none'",
                "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(second).startsWith("default-src 'self'");
        assertThat(nonce(first)).hasSize(24).isNotEqualTo(nonce(second));
    }

    @Test
    void httpsResponsesCarryHstsForAYearWithSubdomains() throws Exception {
        mvc.perform(get("/sign-in").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/api/v1/agencies").secure(true).with(as(TestUser.MET_OM)))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void productionSessionCookiesAreHostBoundSecureHttpOnlyAndSameSiteStrict() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-prod.yml"));
        Properties prod = yaml.getObject();
        assertThat(prod.getProperty("server.servlet.session.cookie.name")).startsWith("__Host-");
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
        assertThat(prod.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
        assertThat(prod.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("strict");
    }

    private static String nonce(String policy) {
        int start = policy.indexOf("'nonce-") + 7;
        return policy.substring(start, policy.indexOf('\'', start));
    }
}
