/**
 * Whereabouts unknown: the cases that run the search for offenders who cannot be found, from enquiries to
 * located and closed, and the figures for any date that answer "how many are missing, where, for how long?".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Whereabouts")
package uk.gov.vigil.whereabouts;
