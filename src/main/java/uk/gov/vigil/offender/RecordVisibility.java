package uk.gov.vigil.offender;

/**
 * The SQL condition under which a user may see an offender in a list: not excluded from the record, and, if the
 * record is restricted to named users, one of them. Lists in other modules that name offenders add it, so a
 * restriction holds wherever the offender appears.
 */
public final class RecordVisibility {

    private RecordVisibility() {
    }

    /**
     * @param offenderId the SQL expression giving the offender's id
     * @return a condition using the bind parameter {@code :viewer}, the username of the user asking
     */
    public static String visibleTo(String offenderId) {
        return "(not exists (select 1 from record_restriction rr where rr.offender_id = " + offenderId
                + " and rr.kind = 'EXCLUDED' and rr.username = :viewer)"
                + " and (not exists (select 1 from record_restriction rr where rr.offender_id = " + offenderId
                + " and rr.kind = 'RESTRICTED_TO')"
                + " or exists (select 1 from record_restriction rr where rr.offender_id = " + offenderId
                + " and rr.kind = 'RESTRICTED_TO' and rr.username = :viewer)))";
    }
}
