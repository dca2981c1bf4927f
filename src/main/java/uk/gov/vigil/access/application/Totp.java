package uk.gov.vigil.access.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time codes (RFC 6238): six digits, 30-second steps, HMAC-SHA1, as authenticator apps expect. Only
 * the code for the current step is accepted, so a code is never more than 30 seconds old; the caller refuses a
 * step it has already accepted, so a code cannot be replayed.
 */
public final class Totp {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, 6);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new secret of 160 bits, in base32 as authenticator apps take it. */
    public static String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return new Base32().encodeToString(key).replace("=", "");
    }

    public static long step(Instant at) {
        return at.getEpochSecond() / STEP.getSeconds();
    }

    /** The code for the step containing {@code at}. */
    public static String code(String base32Secret, Instant at) {
        try {
            return String.format("%06d", GENERATOR.generateOneTimePassword(key(base32Secret), at));
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not a usable TOTP secret", e);
        }
    }

    /**
     * @return the step the code belongs to if it is the code for the current step, or empty
     */
    public static OptionalLong verify(String base32Secret, String code, Instant now) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        boolean matches = MessageDigest.isEqual(code(base32Secret, now).getBytes(StandardCharsets.US_ASCII),
                code.strip().getBytes(StandardCharsets.US_ASCII));
        return matches ? OptionalLong.of(step(now)) : OptionalLong.empty();
    }

    /** The otpauth URI an authenticator app reads from the enrolment QR code. */
    public static String uri(String base32Secret, String username) {
        return "otpauth://totp/Vigil:" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "?secret=" + base32Secret + "&issuer=Vigil&algorithm=SHA1"
                + "&digits=6&period=30";
    }

    private static SecretKeySpec key(String base32Secret) {
        return new SecretKeySpec(new Base32().decode(base32Secret), GENERATOR.getAlgorithm());
    }
}
