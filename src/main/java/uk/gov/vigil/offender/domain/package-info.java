/** The offender record and the rules it must satisfy. Plain Java: no Spring, no SQL. */
@org.springframework.modulith.NamedInterface("domain")
package uk.gov.vigil.offender.domain;
