package uk.gov.vigil.offender.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * A conviction, finding or caution for an offence that triggers registration.
 *
 * @param date       the relevant date: conviction, finding or caution
 * @param termMonths the sentence term for imprisonment, or the length of a conditional discharge
 */
public record Conviction(String offenceCode, LocalDate date, String court, Disposal disposal, Integer termMonths) {

    public Conviction {
        offenceCode = Text.clean(offenceCode);
        court = Text.clean(court);
    }

    /** Completed years of age on the relevant date. */
    public int ageAtConviction(LocalDate dateOfBirth) {
        return Period.between(dateOfBirth, date).getYears();
    }
}
