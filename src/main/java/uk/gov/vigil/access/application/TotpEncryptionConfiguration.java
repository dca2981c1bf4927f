package uk.gov.vigil.access.application;

import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The key that seals TOTP secrets. Only the demo profile has a default (application-demo.yml); anywhere else Vigil
 * does not start without a key, nor with the demo key, which the README publishes.
 */
@Configuration(proxyBeanMethods = false)
class TotpEncryptionConfiguration {

    static final String KEY = "vigil.security.totp-encryption-key";
    static final String PREVIOUS_KEY = "vigil.security.totp-previous-encryption-key";
    static final String DEMO_KEY = "dmlnaWwtZGVtby10b3RwLWtleS1ub3QtZm9yLXByb2Q=";

    @Bean
    TotpSecretCipher totpSecretCipher(@Value("${" + KEY + ":}") String key,
            @Value("${" + PREVIOUS_KEY + ":}") String previousKey, Environment environment) {
        return cipher(key, previousKey, environment.matchesProfiles("demo"));
    }

    static TotpSecretCipher cipher(String key, String previousKey, boolean demo) {
        if (key.isBlank()) {
            throw new IllegalStateException("No TOTP encryption key: set VIGIL_TOTP_ENCRYPTION_KEY (" + KEY
                    + ") to 32 random bytes in base64, for example from 'openssl rand -base64 32'. Vigil stores"
                    + " authenticator-app secrets sealed with it and does not start without it.");
        }
        if (!demo && key.strip().equals(DEMO_KEY)) {
            throw new IllegalStateException(KEY + " is the demo profile's published key; outside the demo profile"
                    + " set VIGIL_TOTP_ENCRYPTION_KEY to a key of your own, for example from 'openssl rand -base64 32'.");
        }
        return new TotpSecretCipher(decode(KEY, key), previousKey.isBlank() ? null : decode(PREVIOUS_KEY, previousKey));
    }

    private static byte[] decode(String property, String value) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(value.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException(property + " is not base64: give 32 random bytes in base64, for example"
                    + " from 'openssl rand -base64 32'");
        }
        if (key.length != TotpSecretCipher.KEY_BYTES) {
            throw new IllegalStateException(property + " is " + key.length + " bytes: an AES-256 key is "
                    + TotpSecretCipher.KEY_BYTES + " bytes, given in base64");
        }
        return key;
    }
}
