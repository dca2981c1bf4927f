package uk.gov.vigil.search.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known values: Levenshtein by hand, Jaro-Winkler from Winkler's published examples. */
class SimilarityTest {

    @ParameterizedTest
    @CsvSource({"kitten, sitting, 3", "smith, smiht, 2", "smith, smith, 0", "'', abc, 3", "flaw, lawn, 2"})
    void levenshtein(String a, String b, int distance) {
        assertThat(Similarity.levenshtein(a, b)).isEqualTo(distance);
    }

    @ParameterizedTest
    @CsvSource({"martha, marhta, 0.961", "dwayne, duane, 0.840", "dixon, dicksonx, 0.813", "abc, xyz, 0.0",
        "same, same, 1.0"})
    void jaroWinkler(String a, String b, double similarity) {
        assertThat(Similarity.jaroWinkler(a, b)).isCloseTo(similarity, within(0.001));
    }
}
