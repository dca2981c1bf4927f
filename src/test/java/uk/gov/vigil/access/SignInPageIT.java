package uk.gov.vigil.access;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import uk.gov.vigil.access.application.Totp;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.SessionCookie;
import uk.gov.vigil.support.TestClockConfiguration;

@Import(TestClockConfiguration.class)
class SignInPageIT extends IntegrationTestBase {

    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    MutableClock clock;

    @BeforeEach
    void hertsHasAnApp() {
        clock.set(TestClockConfiguration.START);
        users.setUpSecondFactorIfAbsent(TestUser.HERTS_OM.username, SECRET);
    }

    @Test
    void pagesSendStrangersToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/sign-in"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in to Vigil")))
                .andExpect(content().string(containsString("Code from your authenticator app")))
                .andExpect(content().string(containsString("/govuk/govuk-frontend.min.css")));
    }

    @Test
    void signingInWithThePasswordAndTheCurrentCodeStartsASession() throws Exception {
        clock.set(clock.instant().plusSeconds(90));
        SessionCookie session = new SessionCookie();
        mvc.perform(post("/sign-in").with(csrf())
                        .param("username", TestUser.HERTS_OM.username).param("password", PASSWORD)
                        .param("code", Totp.code(SECRET, clock.instant())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andDo(session);
        mvc.perform(get("/").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("it.herts.om")))
                .andExpect(content().string(containsString("HRT")));
        mvc.perform(get("/api/v1/offenders").with(session)).andExpect(status().isOk());
    }

    @Test
    void aWrongPasswordOrCodeSaysSoWithoutSayingWhichPart() throws Exception {
        clock.set(clock.instant().plusSeconds(180));
        mvc.perform(post("/sign-in").with(csrf()).param("username", TestUser.HERTS_OM.username)
                        .param("password", "not-the-password").param("code", Totp.code(SECRET, clock.instant())))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(post("/sign-in").with(csrf()).param("username", TestUser.HERTS_OM.username)
                        .param("password", PASSWORD).param("code", "000000"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(post("/sign-in").with(csrf()).param("username", "nobody-at-all").param("password", PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in?error"))
                .andExpect(content().string(containsString("Sign-in failed: check your username, password and the"
                        + " code")));
    }

    @Test
    void theGovukFrontendAssetsAreServedWithoutSigningIn() throws Exception {
        mvc.perform(get("/govuk/govuk-frontend.min.css")).andExpect(status().isOk());
        mvc.perform(get("/assets/images/favicon.ico")).andExpect(status().isOk());
    }
}
