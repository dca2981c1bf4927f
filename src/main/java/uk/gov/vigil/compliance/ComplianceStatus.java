package uk.gov.vigil.compliance;

/** Where an offender stands with the notification requirements, most urgent first. */
public enum ComplianceStatus {
    /** An obligation's deadline has passed without a notification. */
    OVERDUE,
    /** The rules could not decide the requirement; a person must. */
    MANUAL_REVIEW,
    /** The next deadline is 7 days away or less. */
    DUE_SOON,
    /** In custody, in hospital or abroad: the periodic duty waits for the return. */
    SUSPENDED,
    /** Nothing is due within 7 days. */
    COMPLIANT,
    /** The notification period has ended. */
    EXPIRED
}
