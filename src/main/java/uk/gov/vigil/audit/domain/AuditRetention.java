package uk.gov.vigil.audit.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How long audit rows are kept before the purge deletes them. Never less than a year: CJIS AU-11 requires a year
 * at least, and the database refuses to delete a row younger than 365 days whatever this says.
 */
public record AuditRetention(Period period) {

    public AuditRetention {
        if (period == null || !atLeastAYear(period)) {
            throw new IllegalArgumentException("vigil.audit.retention must be at least one year (P1Y, P12M, P365D"
                    + " or longer), because audit records are kept for at least a year (CJIS AU-11); it is "
                    + period);
        }
    }

    /** Rows that occurred before this instant are due for deletion. */
    public Instant cutOff(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }

    /** Whole years count as years; otherwise every month is taken as 28 days, so nothing shorter than 365 passes. */
    private static boolean atLeastAYear(Period period) {
        Period p = period.normalized();
        return !p.isNegative() && (p.getYears() >= 1 || p.getMonths() * 28L + p.getDays() >= 365);
    }
}
