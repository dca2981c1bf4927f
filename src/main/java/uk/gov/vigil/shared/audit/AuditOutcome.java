package uk.gov.vigil.shared.audit;

public enum AuditOutcome {
    ALLOWED,
    REFUSED
}
