package uk.gov.vigil.risk.domain;

/** The tool an assessment used. {@link #OTHER} needs the tool's name. */
public enum RiskTool {
    RISK_MATRIX_2000("Risk Matrix 2000"),
    ARMS("ARMS (Active Risk Management System)"),
    OASYS_OSP_C("OASys OSP/C (contact)"),
    OASYS_OSP_I("OASys OSP/I (indecent images)"),
    OTHER("Other");

    private final String label;

    RiskTool(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
