/**
 * Who may do what: user accounts, their agency and roles, the permissions each role grants, and the record-level
 * rule that decides whether a user sees an offender's full record or only a minimal summary.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package uk.gov.vigil.access;
