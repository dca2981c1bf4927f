package uk.gov.vigil.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    private final NameKeys keys = new NameKeys(NameEquivalents.standard());

    @Test
    void variantsOfANameShareAKeySoThatEachFindsTheOther() {
        assertThat(shared("Mohammed Khan", "Muhammad Khan")).contains("G:" + group("mohammed"));
        assertThat(shared("Bill Jones", "William Jones")).isNotEmpty();
        assertThat(shared("Jon Smyth", "John Smith")).anyMatch(k -> k.startsWith("P:"));
        assertThat(keys.of("Anna", "Smith-Jones")).contains("T:smith", "T:jones", "T:smithjones");
        assertThat(keys.of("José", "O'Neill")).contains("T:jose", "T:oneill");
    }

    @Test
    void theEquivalentsTableIsVersionedAndANameMayBeInSeveralGroups() {
        NameEquivalents table = NameEquivalents.read(List.of("# version: 7", "patrick,pat", "patricia,pat"));
        assertThat(table.version()).isEqualTo("7");
        assertThat(table.equivalent("pat", "patrick")).isTrue();
        assertThat(table.equivalent("pat", "patricia")).isTrue();
        assertThat(table.equivalent("patrick", "patricia")).isFalse();
        assertThat(NameEquivalents.standard().version()).isNotBlank();
    }

    private Set<String> shared(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        Set<String> first = new java.util.HashSet<>(keys.of(x[0], x[1]));
        first.retainAll(keys.of(y[0], y[1]));
        return first;
    }

    private static int group(String name) {
        return NameEquivalents.standard().groupsOf(name).iterator().next();
    }
}
