package uk.gov.vigil.access.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.vigil.shared.FieldViolation;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnoughIfHardToGuess() {
        assertThat(policy.check("p", "Kx9#mQ2!vL7").list())
                .containsExactly(new FieldViolation("p", "must be at least 12 characters"));
        assertThat(policy.check("p", "Kx9#mQ2!vL7@").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "qwertyuiop123", "iloveyou12345", "1234567890123", "Password123!"})
    void commonAndBreachedPasswordsAreRefusedWithAReason(String common) {
        assertThat(policy.check("newPassword", common).list()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("newPassword");
            assertThat(v.message()).startsWith("is too easy to guess");
        });
    }

    @Test
    void theUsersOwnNamesDoNotMakeAStrongPassword() {
        String password = "herts.om.alan.smith.2026";
        assertThat(policy.check("p", password).isEmpty()).isTrue();
        assertThat(policy.check("p", password, "herts.om", "Alan Smith").isEmpty()).isFalse();
    }

    @Test
    void longPassphrasesAreAcceptedWholeWithoutAnyCompositionRule() {
        String passphrase = "correct horse battery staple ".repeat(5) + "on a wet tuesday in swindon";
        assertThat(passphrase.length()).isGreaterThan(64);
        assertThat(policy.check("p", passphrase).isEmpty()).isTrue();
        assertThat(policy.check("p", "x".repeat(1_001)).list()).extracting(FieldViolation::message)
                .containsExactly("must be at most 1000 characters");
    }
}
