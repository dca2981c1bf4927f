package uk.gov.vigil.access.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class TotpSecretCipherTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    private final TotpSecretCipher cipher = new TotpSecretCipher(KEY, null);

    @Test
    void aSealedSecretOpensForItsAccountAndDoesNotShowTheSecret() {
        String sealed = cipher.seal("met.om", SECRET);
        assertThat(sealed).startsWith("v1:").doesNotContain(SECRET).hasSizeLessThanOrEqualTo(255);
        assertThat(Base64.getDecoder().decode(sealed.substring(3))).hasSize(12 + SECRET.length() + 16);
        assertThat(cipher.open("met.om", sealed)).hasValue(SECRET);
        assertThat(cipher.isSealedWithCurrentKey("met.om", sealed)).isTrue();
    }

    @Test
    void eachSealingUsesANewIv() {
        assertThat(cipher.seal("met.om", SECRET)).isNotEqualTo(cipher.seal("met.om", SECRET));
    }

    @Test
    void anyChangedByteIsRefused() {
        byte[] sealed = Base64.getDecoder().decode(cipher.seal("met.om", SECRET).substring(3));
        for (int i = 0; i < sealed.length; i++) {
            byte[] changed = sealed.clone();
            changed[i] ^= 1;
            assertThat(cipher.open("met.om", "v1:" + Base64.getEncoder().encodeToString(changed))).as("byte %d", i)
                    .isEmpty();
        }
        assertThat(cipher.open("met.om", "v1:not base64!")).isEmpty();
        assertThat(cipher.open("met.om", "v1:" + Base64.getEncoder().encodeToString(new byte[20]))).isEmpty();
    }

    @Test
    void aSecretCopiedToAnotherAccountDoesNotOpen() {
        assertThat(cipher.open("herts.om", cipher.seal("met.om", SECRET))).isEmpty();
    }

    @Test
    void anotherKeyDoesNotOpenIt() {
        assertThat(new TotpSecretCipher(OTHER_KEY, null).open("met.om", cipher.seal("met.om", SECRET))).isEmpty();
    }

    @Test
    void aClearSecretIsNotAcceptedAsSealed() {
        assertThat(TotpSecretCipher.isSealed(SECRET)).isFalse();
        assertThat(cipher.open("met.om", SECRET)).isEmpty();
        assertThat(cipher.isSealedWithCurrentKey("met.om", SECRET)).isFalse();
    }

    @Test
    void duringARotationThePreviousKeyStillOpensWhatItSealed() {
        String underOldKey = new TotpSecretCipher(OTHER_KEY, null).seal("met.om", SECRET);
        TotpSecretCipher rotating = new TotpSecretCipher(KEY, OTHER_KEY);
        assertThat(rotating.open("met.om", underOldKey)).hasValue(SECRET);
        assertThat(rotating.isSealedWithCurrentKey("met.om", underOldKey)).isFalse();
        String resealed = rotating.seal("met.om", SECRET);
        assertThat(cipher.open("met.om", resealed)).as("new values are sealed under the new key").hasValue(SECRET);
    }

    @Test
    void keysMustBe32Bytes() {
        assertThatThrownBy(() -> new TotpSecretCipher(new byte[16], null)).hasMessageContaining("32 bytes");
    }

    @Test
    void withoutAKeyVigilDoesNotStartOutsideTheDemo() {
        assertThatThrownBy(() -> TotpEncryptionConfiguration.cipher("", "", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VIGIL_TOTP_ENCRYPTION_KEY").hasMessageContaining("does not start");
        assertThatThrownBy(() -> TotpEncryptionConfiguration.cipher(TotpEncryptionConfiguration.DEMO_KEY, "", false))
                .hasMessageContaining("demo profile's published key");
        assertThatThrownBy(() -> TotpEncryptionConfiguration.cipher("not-base64!", "", false))
                .hasMessageContaining("is not base64");
        assertThatThrownBy(() -> TotpEncryptionConfiguration.cipher(Base64.getEncoder().encodeToString(new byte[16]),
                "", false)).hasMessageContaining("is 16 bytes");
        assertThat(TotpEncryptionConfiguration.cipher(TotpEncryptionConfiguration.DEMO_KEY, "", true)).isNotNull();
    }

    @Test
    void theConfiguredPreviousKeyOpensWhatItSealed() {
        String key = Base64.getEncoder().encodeToString(KEY);
        String previous = Base64.getEncoder().encodeToString(OTHER_KEY);
        String underPrevious = new TotpSecretCipher(OTHER_KEY, null).seal("met.om", SECRET);
        assertThat(TotpEncryptionConfiguration.cipher(key, previous, false).open("met.om", underPrevious))
                .hasValue(SECRET);
        assertThat(TotpEncryptionConfiguration.cipher(key, "", false).open("met.om", underPrevious)).isEmpty();
    }
}
