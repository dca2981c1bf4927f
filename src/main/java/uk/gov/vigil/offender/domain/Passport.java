package uk.gov.vigil.offender.domain;

import java.util.Locale;

/**
 * @param issuingCountry ISO 3166-1 alpha-2 code, for example GB
 */
public record Passport(String number, String issuingCountry) {

    public Passport {
        number = number == null ? null : Text.clean(number.replace(" ", "").toUpperCase(Locale.ROOT));
        issuingCountry = issuingCountry == null ? null : Text.clean(issuingCountry.toUpperCase(Locale.ROOT));
    }
}
