package uk.gov.vigil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion7WithTheRfcVariantAndTheCurrentTime() {
        long before = System.currentTimeMillis();
        UUID id = Ids.next();
        long after = System.currentTimeMillis();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void idsMadeInDifferentMillisecondsSortInTheOrderTheyWereMadeAndNeverRepeat() throws InterruptedException {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Ids.next());
            Thread.sleep(2);
        }
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compareUnsigned(a.getMostSignificantBits() >>> 16,
                b.getMostSignificantBits() >>> 16));
        HashSet<UUID> many = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(Ids.next());
        }
        assertThat(many).hasSize(100_000);
    }
}
