package uk.gov.vigil.access.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.TestClockConfiguration;

/** TOTP secrets are stored sealed with AES-256-GCM, never in clear, and sign-in opens them. */
@Import(TestClockConfiguration.class)
class TotpSecretsAtRestIT extends IntegrationTestBase {

    static final String SECRET = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U";
    static final String OTHER_SECRET = "KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD";

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TotpSecretSealing sealing;

    String username;

    @BeforeEach
    void anAccount() {
        clock.set(TestClockConfiguration.START.plusSeconds(ThreadLocalRandom.current().nextInt(1, 1_000) * 300L));
        username = "it.sealed." + ThreadLocalRandom.current().nextInt(10_000_000);
        users.createIfAbsent(username, "Sealed secret user", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
    }

    private String stored(String user) {
        return jdbc.sql("select totp_secret from user_account where username = :u").param("u", user)
                .query(String.class).single();
    }

    private ResultActions signIn(String user, String secret) throws Exception {
        clock.set(clock.instant().plusSeconds(30));
        return mvc.perform(post("/sign-in").with(csrf()).param("username", user).param("password", PASSWORD)
                .param("code", Totp.code(secret, clock.instant())));
    }

    @Test
    void theDatabaseHoldsTheSecretSealedAndSignInWithTheCodeStillWorks() throws Exception {
        users.setUpSecondFactorIfAbsent(username, SECRET);
        assertThat(stored(username)).startsWith("v1:").doesNotContain(SECRET).isNotEqualTo(SECRET);
        signIn(username, SECRET).andExpect(redirectedUrl("/"));
    }

    @Test
    void aSealedSecretCopiedToAnotherAccountDoesNotOpenThere() throws Exception {
        String other = username + ".other";
        users.createIfAbsent(other, "Other user", "MET", EnumSet.of(Role.OFFENDER_MANAGER), PASSWORD);
        users.setUpSecondFactorIfAbsent(username, SECRET);
        users.setUpSecondFactorIfAbsent(other, OTHER_SECRET);
        jdbc.sql("update user_account set totp_secret = :copied where username = :u")
                .param("copied", stored(username)).param("u", other).update();
        signIn(other, SECRET).andExpect(redirectedUrl("/sign-in?error"));
        signIn(username, SECRET).andExpect(redirectedUrl("/"));
    }

    @Test
    void aSecretStoredInClearBeforeSealingIsRefusedThenSealedAtStart() throws Exception {
        jdbc.sql("update user_account set totp_secret = :clear where username = :u")
                .param("clear", SECRET).param("u", username).update();
        signIn(username, SECRET).andExpect(redirectedUrl("/sign-in?error"));

        assertThat(sealing.sealStoredSecrets()).isPositive();
        assertThat(stored(username)).startsWith("v1:").doesNotContain(SECRET);
        assertThat(sealing.sealStoredSecrets()).as("nothing is left to seal").isZero();
        signIn(username, SECRET).andExpect(redirectedUrl("/"));
    }
}
