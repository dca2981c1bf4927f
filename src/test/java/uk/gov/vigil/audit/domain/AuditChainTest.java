package uk.gov.vigil.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.gov.vigil.shared.Hashes;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditOutcome;

/** The canonical form is a stored format: PostgreSQL finishes hashes from it, and old rows must still verify. */
class AuditChainTest {

    private static final AuditEvent EVENT = new AuditEvent(42, Instant.parse("2026-12-06T09:30:00.123Z"), "met.om",
            "MET", AuditAction.NOTIFICATION_RECORDED, AuditAction.NOTIFICATION_RECORDED.category(), "notification",
            "n-1", UUID.fromString("01a249b2-7550-7567-93b1-1a94229c188d"), AuditOutcome.ALLOWED, "Łódź \uD83D\uDE00",
            null, "c-9", "127.0.0.1", null, null);

    @Test
    void theBodyIsEachFieldBetweenSequenceAndPreviousHashAsLengthColonTextSemicolon() {
        assertThat(AuditChain.body(EVENT)).isEqualTo("13:1796549400123;6:met.om;3:MET;21:NOTIFICATION_RECORDED;"
                + "10:COLLECTION;12:notification;3:n-1;36:01a249b2-7550-7567-93b1-1a94229c188d;7:ALLOWED;"
                + "7:Łódź \uD83D\uDE00;-1:;3:c-9;9:127.0.0.1;");
    }

    @Test
    void theHashIsSha256OverTheSequenceTheBodyAndThePreviousHash() {
        String previous = "ab".repeat(32);
        assertThat(AuditChain.hash(EVENT, previous))
                .isEqualTo(Hashes.sha256Hex("2:42;" + AuditChain.body(EVENT) + "64:" + previous + ";"));
    }
}
