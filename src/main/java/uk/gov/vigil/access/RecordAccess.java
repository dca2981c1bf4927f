package uk.gov.vigil.access;

/** How much of an offender's record a user may see. */
public enum RecordAccess {
    /** The whole record. */
    FULL,
    /** Name, date of birth, managing agency and how to contact it. */
    SUMMARY,
    /** Nothing: the user's roles give no access to offender records at all. */
    NONE
}
