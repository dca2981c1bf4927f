package uk.gov.vigil.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.application.AccountStore;
import uk.gov.vigil.access.application.Totp;
import uk.gov.vigil.access.web.AccountPrincipal;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.SessionCookie;
import uk.gov.vigil.support.TestClockConfiguration;

/**
 * An account created with a one-time password must choose its own password at first sign-in, after setting up its
 * authenticator app, before it can do anything else; anyone may change their password at any time.
 */
@Import(TestClockConfiguration.class)
class PasswordChangeIT extends IntegrationTestBase {

    static final String ADMIN_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    static final String SECRET = "NBSWY3DPO5XXE3DEEBXW4ZJAORUGK3TI";
    static final String OWN_PASSWORD = "kettle lantern orchard pebble sixty";

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    AccountStore accounts;

    String username;

    @BeforeEach
    void aFreshName() {
        clock.set(TestClockConfiguration.START.plusSeconds(ThreadLocalRandom.current().nextInt(1, 1_000) * 300L));
        username = "it.pwchange." + ThreadLocalRandom.current().nextInt(10_000_000);
    }

    private String nextCode(String secret) {
        clock.set(clock.instant().plusSeconds(30));
        return Totp.code(secret, clock.instant());
    }

    /** An administrator adds the account through the API, as the Administration page does. */
    private String createdByAnAdministrator() throws Exception {
        String admin = username + ".admin";
        users.createIfAbsent(admin, "Creating admin", "NCA", EnumSet.of(Role.ADMIN), PASSWORD);
        users.setUpSecondFactorIfAbsent(admin, ADMIN_SECRET);
        String body = json.writeValueAsString(Map.of("username", username, "displayName", "New Officer",
                "agencyCode", "MET", "roles", List.of("OFFENDER_MANAGER"), "code", nextCode(ADMIN_SECRET)));
        String created = mvc.perform(post("/api/v1/admin/users")
                        .with(user(AccountPrincipal.authenticated(users.find(admin).orElseThrow()))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("oneTimePassword").asString();
    }

    /** A forced account that has set up its app already, signed in through the form. */
    private SessionCookie signedInWithAOneTimePassword() throws Exception {
        users.createIfAbsent(username, "Forced user", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        users.setUpSecondFactorIfAbsent(username, SECRET);
        accounts.requirePasswordChange(username);
        SessionCookie session = new SessionCookie();
        mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", PASSWORD)
                .param("code", nextCode(SECRET))).andExpect(redirectedUrl("/")).andDo(session);
        return session;
    }

    private ResultActions changeOnThePage(SessionCookie session, String current, String next, String confirm)
            throws Exception {
        return mvc.perform(post("/account/password").with(session).with(csrf()).param("currentPassword", current)
                .param("newPassword", next).param("confirmPassword", confirm)).andDo(session);
    }

    private String passwordHash() {
        return jdbc.sql("select password_hash from user_account where username = :u").param("u", username)
                .query(String.class).single();
    }

    private boolean mustChange() {
        return jdbc.sql("select must_change_password from user_account where username = :u").param("u", username)
                .query(Boolean.class).single();
    }

    @Test
    void aCreatedAccountSetsUpItsAppThenMustChangeItsPasswordBeforeAnythingElse() throws Exception {
        String oneTimePassword = createdByAnAdministrator();
        assertThat(mustChange()).isTrue();

        SessionCookie session = new SessionCookie();
        mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", oneTimePassword))
                .andExpect(redirectedUrl("/sign-in/set-up-code")).andDo(session);
        String page = mvc.perform(get("/sign-in/set-up-code").with(session)).andDo(session)
                .andReturn().getResponse().getContentAsString();
        Matcher key = Pattern.compile("Key: <code[^>]*>([A-Z2-7 ]+)</code>").matcher(page);
        assertThat(key.find()).isTrue();
        String secret = key.group(1).replace(" ", "");
        mvc.perform(post("/sign-in/set-up-code").with(session).with(csrf()).param("code", nextCode(secret)))
                .andExpect(redirectedUrl("/")).andDo(session);
        assertThat(jdbc.sql("select totp_secret from user_account where username = :u").param("u", username)
                .query(String.class).single()).as("the app's secret is stored sealed").startsWith("v1:")
                .doesNotContain(secret);

        for (String elsewhere : List.of("/", "/find", "/statistics", "/admin/users", "/caseload")) {
            mvc.perform(get(elsewhere).with(session)).andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(post("/find").with(session).with(csrf())).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/offenders").with(session)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:vigil:problem:password-change-required"))
                .andExpect(jsonPath("$.detail").value(containsString("change it first")));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :u and action = 'ACCESS_REFUSED'")
                .param("u", username).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/account/password").with(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("You signed in with a one-time password")))
                .andExpect(content().string(containsString("The one-time password you were given")))
                .andExpect(content().string(not(containsString("href=\"/find\""))));

        changeOnThePage(session, oneTimePassword, OWN_PASSWORD, OWN_PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(mustChange()).isFalse();
        mvc.perform(get("/").with(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your password has been changed")));
        mvc.perform(get("/api/v1/offenders").with(session)).andExpect(status().isOk());
        assertThat(jdbc.sql("select reason from audit_event where actor = :u and action = 'PASSWORD_CHANGED'")
                .param("u", username).query(String.class).list()).containsExactly("one-time password replaced");

        mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", oneTimePassword)
                .param("code", nextCode(secret))).andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", OWN_PASSWORD)
                .param("code", nextCode(secret))).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWeakOrUnconfirmedNewPasswordIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        SessionCookie session = signedInWithAOneTimePassword();
        String hash = passwordHash();

        changeOnThePage(session, PASSWORD, "password12345", "password12345").andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"#newPassword\">New password is too easy to"
                        + " guess")))
                .andExpect(content().string(containsString("<title>Error: Change your password")));
        changeOnThePage(session, PASSWORD, "short", "short")
                .andExpect(content().string(containsString("New password must be at least 12 characters")));
        changeOnThePage(session, PASSWORD, PASSWORD, PASSWORD)
                .andExpect(content().string(containsString("New password must differ from the current password")));
        changeOnThePage(session, PASSWORD, OWN_PASSWORD, OWN_PASSWORD + "x")
                .andExpect(content().string(containsString("<a href=\"#confirmPassword\">The new passwords do not"
                        + " match")));
        changeOnThePage(session, "", "", "")
                .andExpect(content().string(containsString("<a href=\"#currentPassword\">Enter your current"
                        + " password")))
                .andExpect(content().string(containsString("<a href=\"#newPassword\">Enter a new password")));
        changeOnThePage(session, "not-my-password", OWN_PASSWORD, OWN_PASSWORD)
                .andExpect(content().string(containsString("<a href=\"#currentPassword\">Current password is not"
                        + " right")));

        assertThat(passwordHash()).isEqualTo(hash);
        assertThat(mustChange()).isTrue();
        mvc.perform(get("/").with(session)).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void anApiClientOfAForcedAccountMayOnlyChangeThePassword() throws Exception {
        SessionCookie session = signedInWithAOneTimePassword();
        mvc.perform(get("/api/v1/tasks").with(session)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:vigil:problem:password-change-required"));
        mvc.perform(post("/api/v1/account/tokens").with(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"sneaky\"}"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/account/password").with(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("currentPassword", PASSWORD,
                                "newPassword", OWN_PASSWORD))))
                .andExpect(status().isNoContent());
        assertThat(mustChange()).isFalse();
        mvc.perform(get("/api/v1/tasks").with(session)).andExpect(status().isOk());
    }

    @Test
    void anyoneChangesTheirPasswordFromTheLinkInTheHeader() throws Exception {
        users.createIfAbsent(username, "Settled user", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        users.setUpSecondFactorIfAbsent(username, SECRET);
        SessionCookie session = new SessionCookie();
        mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", PASSWORD)
                .param("code", nextCode(SECRET))).andExpect(redirectedUrl("/")).andDo(session);

        mvc.perform(get("/").with(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/account/password\"")));
        mvc.perform(get("/account/password").with(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/find\"")))
                .andExpect(content().string(not(containsString("one-time password"))));
        changeOnThePage(session, PASSWORD, OWN_PASSWORD, OWN_PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = :u and action = 'PASSWORD_CHANGED'"
                        + " and reason is null")
                .param("u", username).query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", OWN_PASSWORD)
                .param("code", nextCode(SECRET))).andExpect(redirectedUrl("/"));
    }

    @Test
    void thePageNeedsASignedInUserAndItsFormTheCsrfToken() throws Exception {
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/account/password").with(csrf()).param("currentPassword", PASSWORD))
                .andExpect(redirectedUrl("/sign-in"));
        SessionCookie session = signedInWithAOneTimePassword();
        mvc.perform(get("/account/password").with(session)).andExpect(status().isOk()).andDo(session);
        mvc.perform(post("/account/password").with(session).param("currentPassword", PASSWORD)
                .param("newPassword", OWN_PASSWORD).param("confirmPassword", OWN_PASSWORD))
                .andExpect(status().isForbidden());
        assertThat(mustChange()).isTrue();
    }
}
