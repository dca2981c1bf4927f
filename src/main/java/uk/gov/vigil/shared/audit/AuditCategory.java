package uk.gov.vigil.shared.audit;

/** The kinds of processing DPA 2018 s.62(1) requires logs of, plus sign-in and administration (CJIS AU-2). */
public enum AuditCategory {
    COLLECTION,
    ALTERATION,
    CONSULTATION,
    DISCLOSURE,
    COMBINATION,
    ERASURE,
    AUTHENTICATION,
    ADMINISTRATION
}
