package uk.gov.vigil.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The GOV.UK pagination shows the first and last pages and the current one's neighbours; "…" stands for a gap. */
class CaseloadPaginationTest {

    @ParameterizedTest(name = "page {0} of {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "1; 1; 1",
        "1; 2; 1 2",
        "1; 5; 1 2 … 5",
        "3; 5; 1 2 3 4 5",
        "5; 10; 1 … 4 5 6 … 10",
        "10; 10; 1 … 9 10",
        "2; 4; 1 2 3 4"})
    void showsTheEndsAndTheNeighbours(long current, long last, String expected) {
        List<String> shown = CaseloadPageController.pageLinks(current, last).stream()
                .map(p -> p == null ? "…" : p.toString()).toList();
        assertThat(shown).isEqualTo(Arrays.asList(expected.split(" ")));
    }
}
