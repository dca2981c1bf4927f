package uk.gov.vigil.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.application.Totp;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.TestClockConfiguration;

@Import(TestClockConfiguration.class)
class PasswordIT extends IntegrationTestBase {

    static final String SECRET = "ONSWG4TFORZWKY3SMV2HGZLDOJSXIY3S";
    static final String PASSPHRASE = "the quiet heron waits by the weir at dawn ".repeat(3) + "and then flies";

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    String username;
    VigilUser user;

    @BeforeEach
    void freshAccount() {
        clock.set(TestClockConfiguration.START.plusSeconds(ThreadLocalRandom.current().nextInt(1, 1_000) * 300L));
        username = "it.pw." + ThreadLocalRandom.current().nextInt(10_000_000);
        users.createIfAbsent(username, "Test password user", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        users.setUpSecondFactorIfAbsent(username, SECRET);
        user = users.find(username).orElseThrow();
    }

    private org.springframework.test.web.servlet.ResultActions change(String current, String next) throws Exception {
        return mvc.perform(post("/api/v1/account/password").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("currentPassword", current, "newPassword", next))));
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String password) throws Exception {
        clock.set(clock.instant().plusSeconds(30));
        return mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", password)
                .param("code", Totp.code(SECRET, clock.instant())));
    }

    @Test
    void aLongPassphraseIsStoredWholeWithArgon2idAndNotTruncated() throws Exception {
        assertThat(PASSPHRASE.length()).isGreaterThan(100);
        change(PASSWORD, PASSPHRASE).andExpect(status().isNoContent());
        assertThat(jdbc.sql("select password_hash from user_account where username = :u").param("u", username)
                .query(String.class).single()).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        signIn(PASSPHRASE.substring(0, PASSPHRASE.length() - 1) + "X").andExpect(redirectedUrl("/sign-in?error"));
        signIn(PASSPHRASE).andExpect(redirectedUrl("/"));
    }

    @Test
    void weakShortOrUnchangedPasswordsAreRefusedNamingTheField() throws Exception {
        change(PASSWORD, "short").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at least 12 characters"));
        change(PASSWORD, "password12345").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith(
                        "is too easy to guess")));
        change("not-my-password", PASSPHRASE).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
        signIn(PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void aChangeIsAudited() throws Exception {
        change(PASSWORD, PASSPHRASE).andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :u and action = 'PASSWORD_CHANGED'")
                .param("u", username).query(Long.class).single()).isEqualTo(1);
    }
}
