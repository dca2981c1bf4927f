/** Searching the register and keeping the name keys up to date. */
@org.springframework.modulith.NamedInterface("application")
package uk.gov.vigil.search.application;
