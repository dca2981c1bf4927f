package uk.gov.vigil.search.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    private final NameKeys keys = new NameKeys(NameEquivalents.standard());

    @ParameterizedTest(name = "searching for {0} {1} finds {2} {3}")
    @CsvSource({
        "Muhammad, Khan, Mohammed, Khan",
        "Bill, Jones, William, Jones",
        "Jon, Smyth, John, Smith",
        "John, Smtih, John, Smith",
        "Jonh, Smith, John, Smith",
        "Smith, John, John, Smith",
        "Anna, Jones, Anna, Smith-Jones",
        "Anna, Smithjones, Anna, Smith-Jones",
        "Piotr, Kovalsky, Piotr, Kowalski",
        "Jan, Szwarc, Jan, Schwarz",
    })
    void aVariantOfANameSharesALookupKeyWithTheName(String searchedGiven, String searchedFamily, String given,
            String family) {
        assertThat(shared(searchedGiven, searchedFamily, given, family)).isNotEmpty();
    }

    @ParameterizedTest(name = "searching for {0} {1} does not reach {2} {3}")
    @CsvSource({
        "John, Smith, John, Brown",
        "John, Smith, Mary, Smith",
        "Piotr, Kowalski, Piotr, Nowak",
    })
    void sharingOnlyOneNameIsNotEnoughToBeACandidate(String searchedGiven, String searchedFamily, String given,
            String family) {
        assertThat(shared(searchedGiven, searchedFamily, given, family)).isEmpty();
    }

    @Test
    void aSearchByOnePartLooksUpTheFamilyNamesSingleKeys() {
        assertThat(keys.lookup(null, "Smyth")).contains("T:smyth").anyMatch(k -> k.startsWith("P:"));
        assertThat(keys.of("John", "Smith")).contains("T:smith").anyMatch(k -> k.startsWith("P:SM"));
        assertThat(keys.of("Anna", "Smith-Jones")).contains("T:smith", "T:jones", "T:smithjones");
        assertThat(keys.of("José", "O'Neill")).contains("T:oneill", "X:jose|oneill");
    }

    @ParameterizedTest(name = "{0} {1} meets {2} {3} through a pair with one letter deleted")
    @CsvSource({
        "John, Smtih, John, Smith",
        "John, Smth, John, Smith",
        "John, Smiith, John, Smith",
        "John, Smixh, John, Smith",
        "Jhon, Smith, John, Smith",
        "Smith, Jonh, John, Smith",
    })
    void aTypingErrorInOneNameMeetsTheOtherNameExactly(String searchedGiven, String searchedFamily, String given,
            String family) {
        assertThat(shared(searchedGiven, searchedFamily, given, family))
                .anyMatch(k -> k.startsWith("X:") || k.startsWith("D:"));
    }

    @Test
    void twoTypingErrorsInOneNameAreLeftToTheSoundsAndKeysAreWeighed() {
        assertThat(NameKeys.deletions("ann")).containsExactly("nn", "an");
        assertThat(NameKeys.deletions("j")).isEmpty();
        assertThat(shared("John", "Snuth", "John", "Smith")).noneMatch(k -> k.startsWith("X:") || k.startsWith("D:"));
        assertThat(keys.lookup("John", "Smith")).hasSizeLessThan(60);
        assertThat(NameKeys.weight("X:john|smith")).isGreaterThan(NameKeys.weight("Q:JN|SM0"));
        assertThat(NameKeys.weight("Q:JN|SM0")).isGreaterThan(NameKeys.weight("B:zmit|j"));
    }

    @Test
    void keysAreNeverLongerThanTheColumn() {
        assertThat(keys.of("Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft",
                "Schaferswessenschafewarenwohlgepflegeundsorgfaltigkeitbeschutzenvonangreifen"))
                .allMatch(k -> k.length() <= 64);
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

    private Set<String> shared(String searchedGiven, String searchedFamily, String given, String family) {
        Set<String> looked = new HashSet<>(keys.lookup(searchedGiven, searchedFamily));
        looked.retainAll(keys.of(given, family));
        return looked;
    }
}
