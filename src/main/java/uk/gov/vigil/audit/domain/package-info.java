/** The audit trail's rows and its hash chain. */
@org.springframework.modulith.NamedInterface("domain")
package uk.gov.vigil.audit.domain;
