package uk.gov.vigil.risk.domain;

/** Risk of serious harm, as MAPPA and the assessment tools grade it. */
public enum RiskLevel {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    VERY_HIGH("Very high");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
