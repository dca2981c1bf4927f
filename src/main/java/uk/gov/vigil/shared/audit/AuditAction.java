package uk.gov.vigil.shared.audit;

/** Everything Vigil records in the audit trail, each with its s.62 category. */
public enum AuditAction {
    OFFENDER_REGISTERED(AuditCategory.COLLECTION),
    OFFENDER_IMPORTED(AuditCategory.COLLECTION),
    NOTIFICATION_RECORDED(AuditCategory.COLLECTION),
    WHEREABOUTS_CASE_OPENED(AuditCategory.COLLECTION),
    INTELLIGENCE_RECORDED(AuditCategory.COLLECTION),
    RISK_ASSESSMENT_RECORDED(AuditCategory.COLLECTION),
    HOME_VISIT_RECORDED(AuditCategory.COLLECTION),
    MAPPA_MEETING_RECORDED(AuditCategory.COLLECTION),
    RISK_ACTION_RECORDED(AuditCategory.COLLECTION),

    OFFENDER_CHANGED(AuditCategory.ALTERATION),
    NOTIFICATION_CORRECTED(AuditCategory.ALTERATION),
    COMPLIANCE_CASE_CLOSED(AuditCategory.ALTERATION),
    WHEREABOUTS_CASE_CHANGED(AuditCategory.ALTERATION),
    RECORD_RESTRICTED(AuditCategory.ALTERATION),
    MAPPA_CHANGED(AuditCategory.ALTERATION),
    RISK_ACTION_CHANGED(AuditCategory.ALTERATION),
    REACTIVE_MANAGEMENT_CHANGED(AuditCategory.ALTERATION),
    OFFENDER_REASSIGNED(AuditCategory.ALTERATION),
    RECORDS_MERGED(AuditCategory.COMBINATION),
    /** The reason is the erasure reason's code only; the row keeps nothing of what was erased. */
    OFFENDER_ERASED(AuditCategory.ERASURE),

    OFFENDER_VIEWED(AuditCategory.CONSULTATION),
    OFFENDER_VERSION_VIEWED(AuditCategory.CONSULTATION),
    OFFENDERS_LISTED(AuditCategory.CONSULTATION),
    OFFENDERS_SEARCHED(AuditCategory.CONSULTATION),
    COMPLIANCE_VIEWED(AuditCategory.CONSULTATION),
    INTELLIGENCE_VIEWED(AuditCategory.CONSULTATION),
    NOTIFICATION_VIEWED(AuditCategory.CONSULTATION),
    DUE_LIST_VIEWED(AuditCategory.CONSULTATION),
    WORKLOAD_VIEWED(AuditCategory.CONSULTATION),
    TASKS_LISTED(AuditCategory.CONSULTATION),
    RISK_VIEWED(AuditCategory.CONSULTATION),
    PRIORITIES_LISTED(AuditCategory.CONSULTATION),
    CASELOAD_VIEWED(AuditCategory.CONSULTATION),
    WHEREABOUTS_CASE_VIEWED(AuditCategory.CONSULTATION),
    WHEREABOUTS_CASES_LISTED(AuditCategory.CONSULTATION),
    AUDIT_QUERIED(AuditCategory.CONSULTATION),
    /** Another agency's officer opened a record in full for a stated reason. */
    FULL_ACCESS_GRANTED(AuditCategory.CONSULTATION),
    /** A request the server refused; the object and the route say what was attempted. */
    ACCESS_REFUSED(AuditCategory.CONSULTATION),

    AUDIT_EXPORTED(AuditCategory.DISCLOSURE),
    OFFENDER_EXPORTED(AuditCategory.DISCLOSURE),

    SIGNED_IN(AuditCategory.AUTHENTICATION),
    SIGN_IN_FAILED(AuditCategory.AUTHENTICATION),
    SIGNED_OUT(AuditCategory.AUTHENTICATION),
    ACCOUNT_LOCKED(AuditCategory.AUTHENTICATION),
    MFA_ENROLLED(AuditCategory.AUTHENTICATION),
    PASSWORD_CHANGED(AuditCategory.AUTHENTICATION),
    TOKEN_CREATED(AuditCategory.AUTHENTICATION),
    TOKEN_REVOKED(AuditCategory.AUTHENTICATION),

    ACCOUNT_UNLOCKED(AuditCategory.ADMINISTRATION),
    ACCOUNT_DISABLED(AuditCategory.ADMINISTRATION),
    ACCOUNT_CREATED(AuditCategory.ADMINISTRATION),
    ACCOUNTS_LISTED(AuditCategory.ADMINISTRATION),
    ACCOUNT_VIEWED(AuditCategory.ADMINISTRATION),
    ACCOUNT_ENABLED(AuditCategory.ADMINISTRATION),
    ROLES_GRANTED(AuditCategory.ADMINISTRATION),
    AUDIT_CHAIN_VERIFIED(AuditCategory.ADMINISTRATION),
    /** The retention purge deleted the oldest rows of the trail; the reason gives how many and the cut-off. */
    AUDIT_PURGED(AuditCategory.ADMINISTRATION),
    /** Writes to the trail failed for a while and then recovered; the reason gives the window and the count. */
    AUDIT_FAILURE_RECORDED(AuditCategory.ADMINISTRATION);

    private final AuditCategory category;

    AuditAction(AuditCategory category) {
        this.category = category;
    }

    public AuditCategory category() {
        return category;
    }
}
