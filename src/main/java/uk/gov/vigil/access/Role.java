package uk.gov.vigil.access;

import static uk.gov.vigil.access.Permission.AUDIT_READ;
import static uk.gov.vigil.access.Permission.AUDIT_READ_AGENCY;
import static uk.gov.vigil.access.Permission.AUDIT_VERIFY;
import static uk.gov.vigil.access.Permission.BULK_EXPORT;
import static uk.gov.vigil.access.Permission.BULK_IMPORT;
import static uk.gov.vigil.access.Permission.CASELOAD_ASSIGN;
import static uk.gov.vigil.access.Permission.INTELLIGENCE_READ;
import static uk.gov.vigil.access.Permission.MAPPA_WRITE;
import static uk.gov.vigil.access.Permission.METRICS_READ;
import static uk.gov.vigil.access.Permission.OFFENDER_NATIONAL_ACCESS;
import static uk.gov.vigil.access.Permission.OFFENDER_READ;
import static uk.gov.vigil.access.Permission.OFFENDER_WRITE;
import static uk.gov.vigil.access.Permission.REACTIVE_APPROVE;
import static uk.gov.vigil.access.Permission.RECORD_ERASE;
import static uk.gov.vigil.access.Permission.RECORD_MERGE;
import static uk.gov.vigil.access.Permission.RECORD_RESTRICT;
import static uk.gov.vigil.access.Permission.REFERENCE_READ;
import static uk.gov.vigil.access.Permission.RISK_WRITE;
import static uk.gov.vigil.access.Permission.STATISTICS_READ;
import static uk.gov.vigil.access.Permission.TEAM_WORKLOAD_READ;
import static uk.gov.vigil.access.Permission.USER_ADMIN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles a user can hold, and the permissions each grants. This enum is the one place the role matrix is
 * defined; {@code docs/security.md} describes it for people.
 */
public enum Role {
    OFFENDER_MANAGER(REFERENCE_READ, OFFENDER_READ, OFFENDER_WRITE, INTELLIGENCE_READ, RISK_WRITE),
    SUPERVISOR(REFERENCE_READ, OFFENDER_READ, OFFENDER_WRITE, INTELLIGENCE_READ, STATISTICS_READ, AUDIT_READ_AGENCY,
            RECORD_RESTRICT, TEAM_WORKLOAD_READ, RISK_WRITE, MAPPA_WRITE, REACTIVE_APPROVE, CASELOAD_ASSIGN,
            BULK_IMPORT, BULK_EXPORT),
    PROBATION_OFFICER(REFERENCE_READ, OFFENDER_READ, INTELLIGENCE_READ, RISK_WRITE),
    PRISON_OFFICER(REFERENCE_READ, OFFENDER_READ),
    MAPPA_COORDINATOR(REFERENCE_READ, OFFENDER_READ, INTELLIGENCE_READ, MAPPA_WRITE),
    ANALYST(REFERENCE_READ, STATISTICS_READ),
    AUDITOR(REFERENCE_READ, OFFENDER_READ, OFFENDER_NATIONAL_ACCESS, INTELLIGENCE_READ, AUDIT_READ, AUDIT_VERIFY),
    ADMIN(REFERENCE_READ, OFFENDER_READ, OFFENDER_WRITE, OFFENDER_NATIONAL_ACCESS, INTELLIGENCE_READ, STATISTICS_READ,
            USER_ADMIN,
            METRICS_READ, AUDIT_VERIFY, RECORD_RESTRICT, RECORD_MERGE, RECORD_ERASE, BULK_IMPORT);

    private final Set<Permission> permissions;

    Role(Permission first, Permission... rest) {
        this.permissions = EnumSet.of(first, rest);
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
