package uk.gov.vigil.access.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals TOTP secrets for storage with AES-256-GCM: {@code v1:} then the base64 of a random 96-bit IV, the
 * ciphertext and the 128-bit tag. The account's username is the associated data, so a sealed secret copied to
 * another account's row does not open. A previous key, kept during a key rotation, still opens what it sealed.
 */
public final class TotpSecretCipher {

    public static final int KEY_BYTES = 32;

    private static final String VERSION = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final SecretKey previousKey;

    /**
     * @param key         32 bytes
     * @param previousKey 32 bytes, or null when no rotation is under way
     */
    public TotpSecretCipher(byte[] key, byte[] previousKey) {
        this.key = aesKey(key);
        this.previousKey = previousKey == null ? null : aesKey(previousKey);
    }

    private static SecretKey aesKey(byte[] bytes) {
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("A TOTP encryption key must be " + KEY_BYTES + " bytes, not "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Whether a stored value is sealed at all; values stored before sealing began are the Base32 secret in clear. */
    public static boolean isSealed(String stored) {
        return stored.startsWith(VERSION);
    }

    public String seal(String username, String base32Secret) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, iv, username);
            byte[] sealed = cipher.doFinal(base32Secret.getBytes(StandardCharsets.US_ASCII));
            return VERSION + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * @return the secret, opened with the current key or else the previous one; empty if the value is not sealed,
     *         was changed, belongs to another account or was sealed under a key this cipher does not hold
     */
    public Optional<String> open(String username, String sealed) {
        Optional<String> opened = openWith(key, username, sealed);
        return opened.isPresent() || previousKey == null ? opened : openWith(previousKey, username, sealed);
    }

    /** Whether the value is sealed under the current key, so needs no sealing again. */
    public boolean isSealedWithCurrentKey(String username, String stored) {
        return openWith(key, username, stored).isPresent();
    }

    private static Optional<String> openWith(SecretKey key, String username, String sealed) {
        if (!isSealed(sealed)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length <= IV_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, IV_BYTES), username);
            byte[] secret = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return Optional.of(new String(secret, StandardCharsets.US_ASCII));
        } catch (AEADBadTagException wrongKeyOrChanged) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, String username)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
