/** The matching rules as pure functions: name normalisation and keys, similarity measures and the scorer. */
@org.springframework.modulith.NamedInterface("domain")
package uk.gov.vigil.search.domain;
