/**
 * The audit trail: an append-only, hash-chained log of who collected, changed, consulted, disclosed, combined or
 * erased what (DPA 2018 s.62), of sign-ins, and of every refusal. Other modules write to it through
 * {@link uk.gov.vigil.shared.audit.AuditLog}; auditors and supervisors query it, and anyone may have the chain
 * checked from the command line ({@code vigil audit verify}) or the admin endpoint.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package uk.gov.vigil.audit;
