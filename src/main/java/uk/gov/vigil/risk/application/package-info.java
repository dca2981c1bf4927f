/** Recording and reading risk management, with access checks and audit. */
@org.springframework.modulith.NamedInterface("application")
package uk.gov.vigil.risk.application;
