/** Whereabouts cases, their legal lifecycle, and the figures. Plain Java: no Spring, no SQL. */
@org.springframework.modulith.NamedInterface("domain")
package uk.gov.vigil.whereabouts.domain;
