package uk.gov.vigil.whereabouts.domain;

import java.time.LocalDate;

import uk.gov.vigil.whereabouts.domain.CaseTerms.EnquiryKind;

/** One attempt to locate the offender. */
public record Enquiry(LocalDate on, EnquiryKind kind, String result) {
}
