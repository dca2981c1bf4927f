package uk.gov.vigil.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.gov.vigil.access.application.Totp;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.SessionCookie;
import uk.gov.vigil.support.TestClockConfiguration;

/** The second factor, its enrolment, lockout (CJIS AC-7) and per-client throttling. */
@Import(TestClockConfiguration.class)
class StrongAuthenticationIT extends IntegrationTestBase {

    static final String SECRET = "KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF";

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    /** A fresh account per test, with an app set up, so lockouts do not leak between tests. */
    String username;

    /** A fresh client address per test, so the throttle's counts do not leak either. */
    String address;

    @BeforeEach
    void freshAccount() {
        clock.set(TestClockConfiguration.START.plusSeconds(ThreadLocalRandom.current().nextInt(1, 1_000) * 300L));
        username = "it.mfa." + ThreadLocalRandom.current().nextInt(10_000_000);
        address = "10.9." + ThreadLocalRandom.current().nextInt(255) + "." + ThreadLocalRandom.current().nextInt(255);
        users.createIfAbsent(username, "Test MFA user", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        users.setUpSecondFactorIfAbsent(username, SECRET);
    }

    private RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    private ResultActions signIn(String password, String code) throws Exception {
        return mvc.perform(post("/sign-in").with(csrf()).with(from(address)).param("username", username)
                .param("password", password).param("code", code == null ? "" : code));
    }

    private String now() {
        return Totp.code(SECRET, clock.instant());
    }

    @Test
    void theRightPasswordWithoutTheCodeGetsNoSession() throws Exception {
        SessionCookie session = new SessionCookie();
        signIn(PASSWORD, null).andExpect(redirectedUrl("/sign-in?error")).andDo(session);
        mvc.perform(get("/api/v1/offenders").with(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/").with(session)).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void aCodeCannotBeUsedTwiceNorAfterItsThirtySeconds() throws Exception {
        String code = now();
        signIn(PASSWORD, code).andExpect(redirectedUrl("/"));
        signIn(PASSWORD, code).andExpect(redirectedUrl("/sign-in?error"));
        clock.set(clock.instant().plusSeconds(30));
        signIn(PASSWORD, code).andExpect(redirectedUrl("/sign-in?error"));
        signIn(PASSWORD, now()).andExpect(redirectedUrl("/"));
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        SessionCookie session = new SessionCookie();
        mvc.perform(get("/sign-in")).andDo(session);
        String oldId = session.sessionId();
        assertThat(oldId).as("the sign-in page starts a session, for its CSRF token").isNotNull();
        mvc.perform(post("/sign-in").with(session).with(csrf())
                        .with(from(address)).param("username", username).param("password", PASSWORD)
                        .param("code", now()))
                .andExpect(redirectedUrl("/")).andDo(session);
        assertThat(session.sessionId()).isNotNull().isNotEqualTo(oldId);
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = :id").param("id", oldId)
                .query(Long.class).single()).as("the old id no longer names a session").isZero();
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("wrong-password-" + i, now()).andExpect(redirectedUrl("/sign-in?error"));
            clock.set(clock.instant().plus(Duration.ofMinutes(3)));
        }
        signIn(PASSWORD, now()).andExpect(redirectedUrl("/sign-in?error"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCOUNT_LOCKED' and actor = :u")
                .param("u", username).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/api/v1/admin/users/" + username + "/unlock").with(as(TestUser.MET_OM)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/users/" + username + "/unlock").with(as(TestUser.ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unlocked").value(true));
        clock.set(clock.instant().plusSeconds(30));
        signIn(PASSWORD, now()).andExpect(redirectedUrl("/"));
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("wrong-password-" + i, now()).andExpect(redirectedUrl("/sign-in?error"));
            clock.set(clock.instant().plus(Duration.ofMinutes(4)));
        }
        signIn(PASSWORD, now()).andExpect(redirectedUrl("/"));
    }

    @Test
    void aClientWithTwentyFailuresInAMinuteIsRefusedWith429BeforeAnyPasswordCheck() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/sign-in").with(csrf()).with(from(address)).param("username", "nobody-" + i)
                            .param("password", "wrong"))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        signIn(PASSWORD, now()).andExpect(status().isTooManyRequests())
                .andExpect(forwardedUrl("/sign-in/too-many-attempts"));
        mvc.perform(get("/sign-in/too-many-attempts")).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Too many attempts")));
        mvc.perform(get("/api/v1/offenders").with(from(address)).header("Authorization", "Basic bm9ib2R5Ong="))
                .andExpect(status().isTooManyRequests());
        clock.set(clock.instant().plus(Duration.ofSeconds(61)));
        signIn(PASSWORD, now()).andExpect(redirectedUrl("/"));
    }

    @Test
    void anAccountWithoutAnAppSetsOneUpAfterItsPasswordAndOnlyThenGetsASession() throws Exception {
        String newcomer = username + ".new";
        users.createIfAbsent(newcomer, "Newcomer", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        SessionCookie session = new SessionCookie();
        mvc.perform(post("/sign-in").with(csrf()).with(from(address))
                        .param("username", newcomer).param("password", PASSWORD))
                .andExpect(redirectedUrl("/sign-in/set-up-code")).andDo(session);
        mvc.perform(get("/api/v1/offenders").with(session)).andExpect(status().isUnauthorized());

        String page = mvc.perform(get("/sign-in/set-up-code").with(session))
                .andExpect(status().isOk()).andDo(session)
                .andExpect(content().string(containsString("<svg")))
                .andReturn().getResponse().getContentAsString();
        Matcher key = Pattern.compile("Key: <code[^>]*>([A-Z2-7 ]+)</code>").matcher(page);
        assertThat(key.find()).isTrue();
        String secret = key.group(1).replace(" ", "");

        mvc.perform(post("/sign-in/set-up-code").with(session).with(csrf()).param("code", "123456"))
                .andExpect(status().isOk()).andDo(session)
                .andExpect(content().string(containsString("The code is not right")));
        mvc.perform(post("/sign-in/set-up-code").with(session).with(csrf())
                        .param("code", Totp.code(secret, clock.instant())))
                .andExpect(redirectedUrl("/")).andDo(session);
        mvc.perform(get("/api/v1/offenders").with(session)).andExpect(status().isOk());

        clock.set(clock.instant().plusSeconds(30));
        mvc.perform(post("/sign-in").with(csrf()).with(from(address)).param("username", newcomer)
                        .param("password", PASSWORD).param("code", Totp.code(secret, clock.instant())))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theEnrolmentPageIsNotReachableWithoutThePassword() throws Exception {
        mvc.perform(get("/sign-in/set-up-code")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/sign-in/set-up-code").with(csrf()).param("code", "123456"))
                .andExpect(redirectedUrl("/sign-in"));
    }
}
