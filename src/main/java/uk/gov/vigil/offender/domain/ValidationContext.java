package uk.gov.vigil.offender.domain;

import java.time.LocalDate;

/** What the rules need to know beyond the record itself: today's date and the reference data. */
public interface ValidationContext {

    LocalDate today();

    boolean isPoliceForce(String agencyCode);

    boolean isProbationRegion(String agencyCode);

    boolean isPrison(String agencyCode);

    boolean isKnownOffence(String offenceCode);

    /** Whether the user exists, works for the agency, and holds a role that can manage offenders. */
    boolean canManageOffendersFor(String username, String agencyCode);
}
