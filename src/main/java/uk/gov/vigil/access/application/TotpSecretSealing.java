package uk.gov.vigil.access.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At every start, before the web server takes requests, seals the TOTP secrets that are not yet sealed under the
 * current key: those stored in clear before migration V24, and, during a key rotation, those sealed under the
 * previous key. Sign-in accepts only sealed secrets, so no clear secret is ever used. Each row is replaced only if
 * it still holds what was read, so instances starting together do no harm.
 */
@Component
class TotpSecretSealing implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TotpSecretSealing.class);

    private final AccountStore accounts;
    private final TotpSecretCipher cipher;

    TotpSecretSealing(AccountStore accounts, TotpSecretCipher cipher) {
        this.accounts = accounts;
        this.cipher = cipher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        sealStoredSecrets();
    }

    /** @return how many secrets were sealed */
    int sealStoredSecrets() {
        int sealed = 0;
        List<String> unreadable = new ArrayList<>();
        for (Map.Entry<String, String> stored : accounts.totpSecrets().entrySet()) {
            String username = stored.getKey();
            if (cipher.isSealedWithCurrentKey(username, stored.getValue())) {
                continue;
            }
            Optional<String> secret = TotpSecretCipher.isSealed(stored.getValue())
                    ? cipher.open(username, stored.getValue()) : Optional.of(stored.getValue());
            if (secret.isEmpty()) {
                unreadable.add(username);
            } else if (accounts.replaceTotpSecret(username, stored.getValue(), cipher.seal(username, secret.get()))) {
                sealed++;
            }
        }
        if (sealed > 0) {
            log.info("Sealed {} TOTP secrets with the current key", sealed);
        }
        if (!unreadable.isEmpty()) {
            log.error("{} TOTP secrets do not open with the configured keys, so these accounts cannot sign in: {}",
                    unreadable.size(), new TreeSet<>(unreadable));
        }
        return sealed;
    }
}
