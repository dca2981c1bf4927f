package uk.gov.vigil.compliance;

/** Where an offender stands with the notification requirements, in the order they are decided. */
public enum ComplianceStatus {
    /** The notification period has ended. */
    EXPIRED,
    /** An obligation's deadline has passed without a notification. */
    OVERDUE,
    /** The rules could not decide the requirement; a person must. */
    MANUAL_REVIEW,
    /** In custody, in hospital or abroad: the periodic duty waits for the return. */
    SUSPENDED,
    /** The next deadline is 7 days away or less. */
    DUE_SOON,
    /** Nothing is due within 7 days. */
    COMPLIANT
}
