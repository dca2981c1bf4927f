/** The rules and records of risk management. No Spring, no SQL. */
@org.springframework.modulith.NamedInterface("domain")
package uk.gov.vigil.risk.domain;
