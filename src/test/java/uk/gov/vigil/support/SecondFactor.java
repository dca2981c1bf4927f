package uk.gov.vigil.support;

import java.time.Duration;

import uk.gov.vigil.access.application.Totp;

/** The authenticator app of test accounts that need a step-up code. */
public final class SecondFactor {

    /** RFC 6238's test key ("12345678901234567890") in Base32. */
    public static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJR";

    private SecondFactor() {
    }

    /** The code of the next 30-second step: each step's code is accepted once, so the clock moves on first. */
    public static String nextCode(MutableClock clock) {
        clock.advance(Duration.ofSeconds(30));
        return Totp.code(SECRET, clock.instant());
    }
}
