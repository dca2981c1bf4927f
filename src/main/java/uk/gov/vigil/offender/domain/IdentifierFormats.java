package uk.gov.vigil.offender.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Format rules for the identifiers an officer types in. Each rule returns the message to show when the value is
 * wrong, naming the expected format, or empty when it is right. Canonical forms are upper case without spaces,
 * except postcodes, which keep the single space before the inward code.
 */
public final class IdentifierFormats {

    /** The check characters of PNC ids and CRO numbers, indexed by the number modulo 23. */
    private static final String CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";

    private static final Pattern PNC = Pattern.compile("^(\\d{4})/?(\\d{1,7})([A-Z])$");
    private static final Pattern CRO_STANDARD = Pattern.compile("^(\\d{1,6})/(\\d{2})([A-Z])$");
    private static final Pattern CRO_SEARCH_FILE = Pattern.compile("^SF(\\d{2})/(\\d{1,6})([A-Z])$");
    /** National Insurance number, without the prefixes HMRC never issues (BG, GB, KN, NK, NT, TN, ZZ). */
    private static final Pattern NINO = Pattern.compile(
            "^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\d{6}[A-D]$");
    private static final Pattern UK_PASSPORT = Pattern.compile("^\\d{9}$");
    private static final Pattern OTHER_PASSPORT = Pattern.compile("^[A-Z0-9]{5,20}$");
    /** The UK government's published postcode pattern (Bulk Data Transfer standard), on the canonical form. */
    private static final Pattern POSTCODE = Pattern.compile(
            "^(GIR 0AA|(([A-Z][0-9]{1,2})|(([A-Z][A-HJ-Y][0-9]{1,2})|(([A-Z][0-9][A-Z])|([A-Z][A-HJ-Y][0-9][A-Z]?))))"
                    + " [0-9][A-Z]{2})$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private IdentifierFormats() {
    }

    /** PNC id, long form {@code YYYY/NNNNNNNC}: year, serial number and check letter. */
    public static Optional<String> checkPncId(String value) {
        Matcher m = PNC.matcher(value);
        if (!m.matches()) {
            return Optional.of("must be a PNC ID in the form YYYY/NNNNNNNC, for example 2001/0012345H");
        }
        String number = m.group(1).substring(2) + pad(m.group(2), 7);
        if (checkLetter(number) != m.group(3).charAt(0)) {
            return Optional.of("has the wrong check letter for a PNC ID; check it was copied correctly");
        }
        return Optional.empty();
    }

    /** CRO number: {@code NNNNNN/YYC}, or the search-file form {@code SFYY/NNNNNNC}. */
    public static Optional<String> checkCroNumber(String value) {
        Matcher standard = CRO_STANDARD.matcher(value);
        Matcher searchFile = CRO_SEARCH_FILE.matcher(value);
        String number;
        char check;
        if (standard.matches()) {
            number = standard.group(2) + pad(standard.group(1), 6);
            check = standard.group(3).charAt(0);
        } else if (searchFile.matches()) {
            number = searchFile.group(1) + searchFile.group(2);
            check = searchFile.group(3).charAt(0);
        } else {
            return Optional.of("must be a CRO number in the form NNNNNN/YYC or SFYY/NNNNNNC, for example 123456/99L");
        }
        if (checkLetter(number) != check) {
            return Optional.of("has the wrong check letter for a CRO number; check it was copied correctly");
        }
        return Optional.empty();
    }

    /** National Insurance number: two prefix letters, six digits and a suffix letter A to D. */
    public static Optional<String> checkNationalInsuranceNumber(String value) {
        return NINO.matcher(value).matches() ? Optional.empty()
                : Optional.of("must be a National Insurance number like AB123456C: two letters (not D, F, I, Q, U or V;"
                        + " the second not O; not BG, GB, KN, NK, NT, TN or ZZ), six digits, then A, B, C or D");
    }

    /** Passport number: nine digits for a UK passport; 5 to 20 letters and digits for other countries. */
    public static Optional<String> checkPassportNumber(String number, String issuingCountry) {
        if ("GB".equals(issuingCountry)) {
            return UK_PASSPORT.matcher(number).matches() ? Optional.empty()
                    : Optional.of("must be 9 digits for a UK passport");
        }
        return OTHER_PASSPORT.matcher(number).matches() ? Optional.empty()
                : Optional.of("must be 5 to 20 letters and digits");
    }

    /** Country: an ISO 3166-1 alpha-2 code. */
    public static Optional<String> checkCountryCode(String value) {
        return COUNTRIES.contains(value) ? Optional.empty()
                : Optional.of("must be a two-letter ISO 3166 country code, for example GB or PL");
    }

    /** UK postcode, checked against the government's published pattern. */
    public static Optional<String> checkPostcode(String canonical) {
        return POSTCODE.matcher(canonical).matches() ? Optional.empty()
                : Optional.of("must be a UK postcode, for example SW1A 2AA");
    }

    /** A well-formed long-form PNC id for a year and serial number, with its check letter. */
    public static String formatPncId(int year, int serial) {
        String serialDigits = pad(Integer.toString(serial), 7);
        return year + "/" + serialDigits + checkLetter(pad(Integer.toString(year % 100), 2) + serialDigits);
    }

    /** A well-formed standard CRO number for a serial number and year, with its check letter. */
    public static String formatCroNumber(int serial, int year) {
        String yy = pad(Integer.toString(year % 100), 2);
        return serial + "/" + yy + checkLetter(yy + pad(Integer.toString(serial), 6));
    }

    /** Upper case with the serial padded to 7 digits, when the value has the shape of a long-form PNC id. */
    static String canonicalPnc(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = Text.clean(value.replace(" ", "").toUpperCase(Locale.ROOT));
        if (cleaned == null) {
            return null;
        }
        Matcher m = PNC.matcher(cleaned);
        return m.matches() ? m.group(1) + "/" + pad(m.group(2), 7) + m.group(3) : cleaned;
    }

    /** Upper case, with exactly one space before the three-character inward code. */
    public static String canonicalPostcode(String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.isEmpty()) {
            return null;
        }
        return compact.length() >= 5 && compact.length() <= 7
                ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3)
                : compact;
    }

    /** The check letter for a number formed of the two-digit year and the serial. */
    static char checkLetter(String digits) {
        return CHECK_LETTERS.charAt((int) (Long.parseLong(digits) % CHECK_LETTERS.length()));
    }

    private static String pad(String digits, int width) {
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
