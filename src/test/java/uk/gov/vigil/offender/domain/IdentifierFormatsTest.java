package uk.gov.vigil.offender.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierFormatsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2001/0012345H", "1999/0000001G"})
    void acceptsPncIdsWithTheirCheckLetter(String pnc) {
        assertThat(IdentifierFormats.checkPncId(pnc)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2001/0012345A, wrong check letter",
        "01/12345H, in the form YYYY/NNNNNNNC",
        "2001-0012345H, in the form YYYY/NNNNNNNC",
        "2001/00123456789H, in the form YYYY/NNNNNNNC"})
    void refusesMalformedPncIds(String pnc, String expected) {
        assertThat(IdentifierFormats.checkPncId(pnc)).get().asString().contains(expected);
    }

    @Test
    void canonicalisesPncIdsToSevenDigitSerials() {
        assertThat(IdentifierFormats.canonicalPnc(" 2001/12345h ")).isEqualTo("2001/0012345H");
        assertThat(IdentifierFormats.checkPncId(IdentifierFormats.canonicalPnc("2001/12345h"))).isEmpty();
    }

    @Test
    void formatsPncIdsThatPassTheCheck() {
        for (int serial = 1; serial < 500; serial += 7) {
            assertThat(IdentifierFormats.checkPncId(IdentifierFormats.formatPncId(1987 + serial % 30, serial)))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456/99L", "SF93/123V"})
    void acceptsCroNumbers(String cro) {
        assertThat(IdentifierFormats.checkCroNumber(cro)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "123456/99A, wrong check letter",
        "1234567/99L, NNNNNN/YYC",
        "SF93123P, NNNNNN/YYC"})
    void refusesBadCroNumbers(String cro, String expected) {
        assertThat(IdentifierFormats.checkCroNumber(cro)).get().asString().contains(expected);
    }

    @Test
    void formatsCroNumbersThatPassTheCheck() {
        for (int serial = 1; serial < 999_999; serial += 9_973) {
            assertThat(IdentifierFormats.checkCroNumber(IdentifierFormats.formatCroNumber(serial, 2004))).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB123456C", "AB123456A", "JT123456D", "CE000001B"})
    void acceptsNationalInsuranceNumbers(String nino) {
        assertThat(IdentifierFormats.checkNationalInsuranceNumber(nino)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"QQ123456C", "DA123456A", "FA123456A", "AO123456A", "BG123456A", "GB123456A", "NK123456A",
        "TN123456A", "ZZ123456A", "AB123456E", "AB12345A", "A1234567A"})
    void refusesNationalInsuranceNumbersWithExcludedLettersOrBadShape(String nino) {
        assertThat(IdentifierFormats.checkNationalInsuranceNumber(nino)).get().asString()
                .contains("National Insurance number");
    }

    @Test
    void ukPassportsAreNineDigitsAndOthersAlphanumeric() {
        assertThat(IdentifierFormats.checkPassportNumber("123456789", "GB")).isEmpty();
        assertThat(IdentifierFormats.checkPassportNumber("12345678", "GB")).get().asString().contains("9 digits");
        assertThat(IdentifierFormats.checkPassportNumber("AB1234567", "PL")).isEmpty();
        assertThat(IdentifierFormats.checkPassportNumber("AB-12", "PL")).isPresent();
    }

    @ParameterizedTest
    @CsvSource({"sw1a2aa, SW1A 2AA", "EC1A 1BB, EC1A 1BB", " m1  1ae , M1 1AE", "B33 8TH, B33 8TH",
        "cr2 6xh, CR2 6XH", "DN55 1PT, DN55 1PT", "gir0aa, GIR 0AA"})
    void acceptsAndCanonicalisesPostcodes(String input, String canonical) {
        String value = IdentifierFormats.canonicalPostcode(input);
        assertThat(value).isEqualTo(canonical);
        assertThat(IdentifierFormats.checkPostcode(value)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A", "12345", "1W1 1AA", "SW1A 1AAA", "AI1 1AA", "AZ1 1AA"})
    void refusesWhatIsNotAUkPostcode(String input) {
        assertThat(IdentifierFormats.checkPostcode(IdentifierFormats.canonicalPostcode(input))).isPresent();
    }

    @Test
    void countriesAreIsoAlpha2() {
        assertThat(IdentifierFormats.checkCountryCode("GB")).isEmpty();
        assertThat(IdentifierFormats.checkCountryCode("UK")).isPresent();
        assertThat(IdentifierFormats.checkCountryCode("GBR")).isPresent();
    }
}
