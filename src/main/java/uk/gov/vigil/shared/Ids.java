package uk.gov.vigil.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New record ids: version 7 UUIDs (RFC 9562), a millisecond timestamp followed by random bits. Ids made close
 * together sort close together, so index pages fill in order instead of at random, which keeps bulk loads fast on
 * both databases. The 74 random bits keep ids unguessable; access is checked on every read regardless.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }
}
