package uk.gov.vigil.compliance.domain;

/** What the receiving officer verified at the station. */
public record Verification(boolean documentsSeen, boolean photographTaken, boolean fingerprintsTaken) {

    public static final Verification NONE = new Verification(false, false, false);
}
