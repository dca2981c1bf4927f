package uk.gov.vigil.access;

import java.util.Collection;

/**
 * Decides, for one user and one offender, whether the user sees the full record. An officer sees in full the
 * records that an agency of theirs is responsible for (the managing police force, the supervising probation
 * region, or the prison holding the offender); national roles see every record; everyone else with read access
 * sees a summary.
 */
public final class RecordAccessPolicy {

    private RecordAccessPolicy() {
    }

    public static RecordAccess accessTo(VigilUser user, Collection<String> responsibleAgencyCodes) {
        if (!user.can(Permission.OFFENDER_READ)) {
            return RecordAccess.NONE;
        }
        if (user.can(Permission.OFFENDER_NATIONAL_ACCESS) || responsibleAgencyCodes.contains(user.agencyCode())) {
            return RecordAccess.FULL;
        }
        return RecordAccess.SUMMARY;
    }

    /** Whether the user may change a record: write permission and full access. */
    public static boolean mayChange(VigilUser user, Collection<String> responsibleAgencyCodes) {
        return user.can(Permission.OFFENDER_WRITE) && accessTo(user, responsibleAgencyCodes) == RecordAccess.FULL;
    }
}
