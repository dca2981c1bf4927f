/** Import jobs and their states, row problems and the formats. No Spring, no SQL. */
@org.springframework.modulith.NamedInterface("domain")
package uk.gov.vigil.transfer.domain;
