/** Audit queries and checks, which the pages use to show who has viewed a record. */
@org.springframework.modulith.NamedInterface("application")
package uk.gov.vigil.audit.application;
