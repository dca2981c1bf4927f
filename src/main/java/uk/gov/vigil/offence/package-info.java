/**
 * The catalogue of offences listed in Schedule 3 to the Sexual Offences Act 2003, whose conviction or caution
 * makes an offender subject to the notification requirements. Reference data, seeded by migration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Offence catalogue")
package uk.gov.vigil.offence;
