package uk.gov.vigil.rules;

import java.time.LocalDate;

/**
 * A spell in custody, in hospital or outside the United Kingdom, which suspends the periodic notification duty.
 *
 * @param to the day the offender returned or was released, which the absence does not cover; null while it continues
 */
public record Absence(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        CUSTODY,
        HOSPITAL,
        ABROAD
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || date.isBefore(to));
    }
}
