package uk.gov.vigil.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateInputTest {

    @ParameterizedTest(name = "{0}/{1}/{2} -> {3}")
    @CsvSource(nullValues = "null", value = {
        "10, 3, 2015, 2015-03-10",
        "' 1 ', ' 12 ', ' 1999 ', 1999-12-01",
        "29, 2, 2024, 2024-02-29",
        "29, 2, 2023, null",
        "31, 4, 2020, null",
        "x, 3, 2015, null",
        "10, null, 2015, null",
        "'', '', '', null"})
    void onlyRealDatesAreAccepted(String day, String month, String year, String expected) {
        assertThat(DateInput.parse(day, month, year).orElse(null))
                .isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }
}
