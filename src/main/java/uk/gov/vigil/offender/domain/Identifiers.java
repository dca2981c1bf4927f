package uk.gov.vigil.offender.domain;

import java.util.List;
import java.util.Locale;

/**
 * The national identifiers that tie an offender to other systems. All optional; formats are checked by
 * {@link IdentifierFormats}. Values are stored in their canonical form (upper case, no spaces).
 */
public record Identifiers(String pncId, String croNumber, String nationalInsuranceNumber, List<Passport> passports) {

    public static final Identifiers NONE = new Identifiers(null, null, null, List.of());

    public Identifiers {
        pncId = IdentifierFormats.canonicalPnc(pncId);
        croNumber = canonical(croNumber);
        nationalInsuranceNumber = canonical(nationalInsuranceNumber);
        passports = passports == null ? List.of() : List.copyOf(passports);
    }

    private static String canonical(String value) {
        return value == null ? null : Text.clean(value.replace(" ", "").toUpperCase(Locale.ROOT));
    }
}
