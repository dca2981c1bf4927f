/** Use cases on offender records, with the access checks that apply to each. */
@org.springframework.modulith.NamedInterface("application")
package uk.gov.vigil.offender.application;
