package uk.gov.vigil.access.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What the start-up sealing replaces: clear secrets and those under the previous key, and nothing else. */
class TotpSecretSealingTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLD_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UNKNOWN_KEY = "a key nobody configured, 32 byte".getBytes(StandardCharsets.US_ASCII);

    @Test
    void clearAndPreviousKeySecretsAreSealedUnderTheCurrentKey() {
        TotpSecretCipher cipher = new TotpSecretCipher(KEY, OLD_KEY);
        String current = cipher.seal("current", "CURRENTCURRENTCURRENTCURRENTCURR");
        String old = new TotpSecretCipher(OLD_KEY, null).seal("old", "OLDOLDOLDOLDOLDOLDOLDOLDOLDOLDOL");
        String unknown = new TotpSecretCipher(UNKNOWN_KEY, null).seal("unknown", "UNKNOWNUNKNOWNUNKNOWNUNKNOWNUNKN");
        AccountStore accounts = mock(AccountStore.class);
        when(accounts.totpSecrets()).thenReturn(Map.of("clear", "CLEARCLEARCLEARCLEARCLEARCLEARCL",
                "current", current, "old", old, "unknown", unknown));
        when(accounts.replaceTotpSecret(anyString(), anyString(), anyString())).thenReturn(true);

        assertThat(new TotpSecretSealing(accounts, cipher).sealStoredSecrets()).isEqualTo(2);

        ArgumentCaptor<String> clear = ArgumentCaptor.forClass(String.class);
        verify(accounts).replaceTotpSecret(eq("clear"), eq("CLEARCLEARCLEARCLEARCLEARCLEARCL"), clear.capture());
        assertThat(new TotpSecretCipher(KEY, null).open("clear", clear.getValue()))
                .hasValue("CLEARCLEARCLEARCLEARCLEARCLEARCL");
        ArgumentCaptor<String> resealed = ArgumentCaptor.forClass(String.class);
        verify(accounts).replaceTotpSecret(eq("old"), eq(old), resealed.capture());
        assertThat(new TotpSecretCipher(KEY, null).open("old", resealed.getValue()))
                .hasValue("OLDOLDOLDOLDOLDOLDOLDOLDOLDOLDOL");
        verify(accounts, never()).replaceTotpSecret(eq("current"), anyString(), anyString());
        verify(accounts, never()).replaceTotpSecret(eq("unknown"), anyString(), anyString());
    }
}
