package uk.gov.vigil.risk.domain;

/** What a home visit found. */
public enum VisitOutcome {
    SEEN("Seen"),
    ADDRESS_VERIFIED("Address verified"),
    NOT_SEEN("Not seen"),
    NOT_RESIDENT("Not resident"),
    REFUSED_ENTRY("Refused entry");

    private final String label;

    VisitOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the visit counts as done for the schedule: the offender was seen, or living there was verified. */
    public boolean completesVisit() {
        return this == SEEN || this == ADDRESS_VERIFIED;
    }

    /** An attempt to get in that failed: nobody answered, or entry was refused (s.96B SOA 2003). */
    public boolean failedToGainEntry() {
        return this == NOT_SEEN || this == REFUSED_ENTRY;
    }

    /** Whether the visit failed to find the offender where they should be. */
    public boolean didNotFind() {
        return !completesVisit();
    }
}
