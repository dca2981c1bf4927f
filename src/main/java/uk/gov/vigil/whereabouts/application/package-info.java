/** Running whereabouts cases, and the figures. */
@org.springframework.modulith.NamedInterface("application")
package uk.gov.vigil.whereabouts.application;
