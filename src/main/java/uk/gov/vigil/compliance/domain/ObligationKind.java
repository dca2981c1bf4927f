package uk.gov.vigil.compliance.domain;

/** The notifications the rules require by a deadline. */
public enum ObligationKind {
    /** s.83 SOA 2003. */
    INITIAL,
    /** s.85 SOA 2003: annual, or weekly with no fixed abode. */
    PERIODIC
}
