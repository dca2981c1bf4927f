package uk.gov.vigil.offender.domain;

/**
 * Why a record is erased. Each reason names the duty behind it, so an erasure can be explained from its audit row,
 * which holds only this code.
 */
public enum ErasureReason {
    /** The record should never have been made: a person with no notification requirement, or a test entry. */
    RECORDED_IN_ERROR("Recorded in error", "s.47(1) DPA 2018: processing that infringes s.35 (lawfulness)"),
    /** The conviction or caution that made the person subject to notification was quashed or withdrawn. */
    CONVICTION_QUASHED("The conviction or caution was quashed or withdrawn",
            "s.47(1) DPA 2018: processing that infringes s.35 (lawfulness) and s.38 (accuracy)"),
    /** A review, retention and disposal decision found the record no longer needed. */
    RETENTION_REVIEW("A review decided the record is no longer needed",
            "s.39 DPA 2018 (storage limitation); APP Information management: review, retention and disposal");

    private final String description;
    private final String citation;

    ErasureReason(String description, String citation) {
        this.description = description;
        this.citation = citation;
    }

    public String description() {
        return description;
    }

    public String citation() {
        return citation;
    }
}
