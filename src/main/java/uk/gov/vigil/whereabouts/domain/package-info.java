/** Whereabouts cases, their legal lifecycle, and the figures. Plain Java: no Spring, no SQL. */
package uk.gov.vigil.whereabouts.domain;
