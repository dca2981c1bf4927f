/**
 * The offender record ("nominal"): identity and aliases, description, identifiers, the convictions that trigger
 * registration, address history and who manages the offender. Shared across agencies: staff of a responsible
 * agency see the whole record, others a minimal summary.
 *
 * <p>Inside: {@code domain} (the record and its rules, free of Spring and SQL), {@code application} (use cases and
 * access checks), {@code persistence} (JDBC) and {@code api} (REST). Other modules use the domain model, the
 * {@link uk.gov.vigil.offender.application.OffenderService} and the events in this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Offender record")
package uk.gov.vigil.offender;
