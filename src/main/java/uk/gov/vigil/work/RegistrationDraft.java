package uk.gov.vigil.work;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.offender.domain.Address;
import uk.gov.vigil.offender.domain.AddressType;
import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.Identifiers;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.offender.domain.Sex;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.web.DateInput;

/**
 * The answers to the register-an-offender journey so far, kept in the user's session exactly as typed, so that a
 * page shown again shows what was entered. Nothing is stored in the register until the check-answers page. The
 * fields are public for the templates to read.
 */
public class RegistrationDraft implements Serializable {

    /** Fixed, so that a draft in a session (stored in the database) still reads after a compatible change. */
    private static final long serialVersionUID = 1L;

    static final String SESSION_KEY = "registrationDraft";

    // Step 1: the person
    public String givenNames;
    public String familyName;
    public String dobDay;
    public String dobMonth;
    public String dobYear;
    public String sex;
    public String pncId;
    public String nationality;

    // Step 2: where they live
    public String addressType;
    public String line1;
    public String town;
    public String postcode;
    public String placeDescription;
    public String fromDay;
    public String fromMonth;
    public String fromYear;

    // Step 3: the conviction that makes them register
    public String offenceCode;
    public String convictedDay;
    public String convictedMonth;
    public String convictedYear;
    public String court;
    public String disposal;
    public String termMonths;
    public String status;

    // Step 4: who manages them
    public String offenderManager;
    public String probationAgency;

    /** Set once the user has reached the check-answers page: later steps then return there. */
    public boolean checking;

    /** The answers that cannot even be read (a date that does not exist, a term that is not a number). */
    List<FieldViolation> unreadable(Step step) {
        List<FieldViolation> errors = new ArrayList<>();
        switch (step) {
            case PERSON -> date(dobDay, dobMonth, dobYear, "dob-day", "Date of birth", errors);
            case ADDRESS -> date(fromDay, fromMonth, fromYear, "from-day", "Date they started living there", errors);
            case CONVICTION -> {
                date(convictedDay, convictedMonth, convictedYear, "convicted-day", "Date of conviction", errors);
                if (!blank(termMonths) && number(termMonths) == null) {
                    errors.add(new FieldViolation("termMonths", "Term must be a whole number of months, like 24"));
                }
            }
            case MANAGEMENT -> {
            }
        }
        return errors;
    }

    /** The details as the register would receive them; unanswered or unreadable answers are left out. */
    OffenderDetails toDetails(VigilUser user) {
        Address address = addressType == null ? null : new Address(AddressType.valueOf(addressType), line1, null, town,
                postcode, placeDescription, date(fromDay, fromMonth, fromYear), null);
        Conviction conviction = offenceCode == null && disposal == null && convictedDay == null ? null
                : new Conviction(offenceCode, date(convictedDay, convictedMonth, convictedYear), court,
                        disposal == null ? null : Disposal.valueOf(disposal), number(termMonths));
        return new OffenderDetails(new PersonName(givenNames, familyName), List.of(), date(dobDay, dobMonth, dobYear),
                List.of(), sex == null ? null : Sex.valueOf(sex), nationality, null, List.of(),
                new Identifiers(pncId, null, null, List.of()), conviction == null ? List.of() : List.of(conviction),
                address == null ? List.of() : List.of(address),
                new Management(user.agencyCode(), offenderManager, probationAgency, null),
                status == null ? RecordStatus.ACTIVE : RecordStatus.valueOf(status));
    }

    private static LocalDate date(String day, String month, String year) {
        return DateInput.parse(day, month, year).orElse(null);
    }

    /** A date partly typed, or typed but not real; a date left wholly blank is the record's rules to judge. */
    private static void date(String day, String month, String year, String field, String label,
            List<FieldViolation> errors) {
        if (DateInput.given(day, month, year) && DateInput.parse(day, month, year).isEmpty()) {
            errors.add(new FieldViolation(field, label + " must be a real date, like 17 5 1980"));
        }
    }

    private static Integer number(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The journey's questions, in order, with the record fields each one answers. */
    enum Step {
        PERSON("person", "name", "dateOfBirth", "sex", "identifiers", "nationality"),
        ADDRESS("address", "addresses"),
        CONVICTION("conviction", "convictions", "status"),
        MANAGEMENT("management", "management");

        final String path;
        private final String[] fields;

        Step(String path, String... fields) {
            this.path = path;
            this.fields = fields;
        }

        boolean answers(String field) {
            for (String prefix : fields) {
                if (field.equals(prefix) || field.startsWith(prefix + ".") || field.startsWith(prefix + "[")) {
                    return true;
                }
            }
            return false;
        }

        Optional<Step> next() {
            return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
        }

        static Step of(String field) {
            for (Step step : values()) {
                if (step.answers(field)) {
                    return step;
                }
            }
            return PERSON;
        }
    }
}
