package uk.gov.vigil.offender.domain;

/** Why an officer of another agency opens an offender's record in full. */
public enum FullAccessReason {
    OFFENDER_NOW_IN_MY_AREA("The offender is now in my area"),
    MAPPA_MEETING("A MAPPA meeting"),
    ENQUIRY_ABOUT_NAMED_SUSPECT("An enquiry about a named suspect"),
    SAFEGUARDING_CONCERN("A safeguarding concern");

    private final String description;

    FullAccessReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
