package uk.gov.vigil.whereabouts.domain;

/** The fixed vocabularies of a whereabouts case. */
public final class CaseTerms {

    private CaseTerms() {
    }

    /** How a case came to be opened. */
    public enum OpeningReason {
        /** Enquiries after a missed notification failed to find the offender. */
        MISSED_NOTIFICATION,
        /** An officer found the offender not living at the notified address. */
        NOT_AT_NOTIFIED_ADDRESS,
        /** Information that the offender has left the country. */
        LEFT_THE_COUNTRY
    }

    /** Why whereabouts are unknown. */
    public enum Circumstance {
        NO_FIXED_ABODE,
        BELIEVED_ABROAD,
        OTHER
    }

    public enum EnquiryKind {
        VISIT,
        CALL,
        CHECK
    }

    /** How the offender was found. */
    public enum LocatedHow {
        ARRESTED,
        SURRENDERED,
        FOUND_ABROAD,
        FOUND_IN_CUSTODY,
        DECEASED
    }

    /** How a case ended. */
    public enum Outcome {
        PROSECUTED_S91,
        CAUTIONED,
        COMPLIED,
        DEPORTED_OR_EXTRADITED,
        DECEASED,
        NOTIFICATION_PERIOD_ENDED
    }
}
