/**
 * Agencies: the police forces, probation regions, prison establishments and national bodies that share the
 * register. Reference data, seeded by migration. Other modules use {@link uk.gov.vigil.agency.Agencies}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies")
package uk.gov.vigil.agency;
