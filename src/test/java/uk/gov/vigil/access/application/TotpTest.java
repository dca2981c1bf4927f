package uk.gov.vigil.access.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The RFC 6238 appendix B key for SHA-1, "12345678901234567890", in base32. */
    private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest(name = "at {0}s the code is {1}")
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
        "2000000000, 279037", "20000000000, 353130"})
    void matchesTheRfc6238TestVectors(long epochSecond, String code) {
        // RFC 6238 gives 8-digit codes; the 6-digit code is their last six digits.
        assertThat(Totp.code(RFC_KEY, Instant.ofEpochSecond(epochSecond))).isEqualTo(code);
    }

    @Test
    void theDemoSecretGivesWhatOathtoolGives() {
        // oathtool --totp -b VIGILDEMOVIGILDEMOVIGILDEMOVIGIL --now "2026-11-28 10:00:00 UTC" printed 410294
        assertThat(Totp.code("VIGILDEMOVIGILDEMOVIGILDEMOVIGIL", Instant.parse("2026-11-28T10:00:00Z")))
                .isEqualTo("410294");
    }

    @Test
    void onlyTheCurrentStepsCodeIsAccepted() {
        Instant now = Instant.parse("2026-11-28T10:00:10Z");
        String current = Totp.code(RFC_KEY, now);
        String previous = Totp.code(RFC_KEY, now.minusSeconds(30));
        assertThat(Totp.verify(RFC_KEY, current, now)).hasValue(Totp.step(now));
        assertThat(Totp.verify(RFC_KEY, previous, now)).isEmpty();
        assertThat(Totp.verify(RFC_KEY, "12345", now)).isEmpty();
        assertThat(Totp.verify(RFC_KEY, null, now)).isEmpty();
    }

    @Test
    void newSecretsAre160RandomBitsInBase32() {
        String a = Totp.newSecret();
        assertThat(a).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
    }
}
