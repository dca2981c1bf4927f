package uk.gov.vigil.access;

/** What a user may do. Roles grant permissions; code checks permissions, never role names. */
public enum Permission {
    /** Read agencies and the offence catalogue. */
    REFERENCE_READ,
    /** Read offender records: in full for the user's own agency, as a summary otherwise. */
    OFFENDER_READ,
    /** Create and change offender records the user may read in full. */
    OFFENDER_WRITE,
    /** Read and change full records of every agency's offenders. */
    OFFENDER_NATIONAL_ACCESS,
    /** Read (and, with OFFENDER_WRITE, record) intelligence notes on records the user sees in full. */
    INTELLIGENCE_READ,
    /** Restrict a record to named users, or exclude named users from it. */
    RECORD_RESTRICT,
    /** Merge two records found to be the same person. */
    RECORD_MERGE,
    /** Erase a record and everything held about the offender, after a step-up check. */
    RECORD_ERASE,
    /** Record risk assessments, home visits and risk management plan actions on records the user sees in full. */
    RISK_WRITE,
    /** Set MAPPA category, level and lead agency, and record MAPPA meetings and their actions. */
    MAPPA_WRITE,
    /** Approve moving an offender to reactive management, or ending it. */
    REACTIVE_APPROVE,
    /** Reassign the user's agency's offenders between offender managers. */
    CASELOAD_ASSIGN,
    /** See how many offenders each offender manager in the user's agency has, and how many are overdue. */
    TEAM_WORKLOAD_READ,
    /** Import offenders with their histories from another system's bulk file. */
    BULK_IMPORT,
    /** Export the full records of the offenders the user's agency is responsible for, after a step-up check. */
    BULK_EXPORT,
    /** Aggregate figures, never identities. */
    STATISTICS_READ,
    /** Query and export the whole audit trail. */
    AUDIT_READ,
    /** Query the audit trail about the user's own agency's offenders and users. */
    AUDIT_READ_AGENCY,
    /** Have the audit trail's hash chain checked. */
    AUDIT_VERIFY,
    /** Manage user accounts. */
    USER_ADMIN,
    /** Read operational metrics. */
    METRICS_READ
}
