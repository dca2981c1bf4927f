package uk.gov.vigil.offender.domain;

import java.time.LocalDate;

/** One line of a list of offenders. */
public record OffenderSummary(OffenderId id, PersonName name, LocalDate dateOfBirth, RecordStatus status,
        String managingAgency, String offenderManager) {
}
