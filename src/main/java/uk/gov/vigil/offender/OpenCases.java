package uk.gov.vigil.offender;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells the offender record, and anything showing it, about an open case that another capability runs for the
 * offender. The whereabouts capability implements it; the record shows what it says without depending on it.
 */
public interface OpenCases {

    Optional<OpenCase> openWhereaboutsCase(UUID offenderId);

    /** @param unknownSince the date whereabouts became unknown, or null while enquiries go on */
    record OpenCase(UUID caseId, String state, LocalDate unknownSince) {
    }
}
