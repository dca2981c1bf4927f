package uk.gov.vigil.whereabouts.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import uk.gov.vigil.whereabouts.domain.WhereaboutsFigures.UnknownCase;

/** Where whereabouts cases and their history are kept. */
public interface WhereaboutsCases {

    void add(WhereaboutsCase c);

    Optional<WhereaboutsCase> find(UUID id);

    /** Stores the case as it now stands if it is still at {@code c.version()}; returns false if it moved on. */
    boolean replace(WhereaboutsCase c);

    void appendEvent(UUID caseId, String type, java.time.Instant at, String actor, String details);

    /** Moves a merged record's cases to the record it was merged into. */
    void moveToKeptRecord(UUID mergedId, UUID keptId);

    /** Deletes the offender's cases, open or closed, with their events. */
    void eraseOffender(UUID offenderId);

    List<CaseEvent> events(UUID caseId);

    Optional<WhereaboutsCase> openCaseOf(UUID offenderId);

    List<WhereaboutsCase> casesOf(UUID offenderId);

    /** The cases that count as whereabouts unknown on {@code date}. */
    List<UnknownCase> unknownOn(LocalDate date);

    /** An agency's open cases, longest unknown first, with the offender's name. */
    /** @param viewer the user asking; offenders hidden from them by restrictions are left out */
    List<OpenCase> openCases(String agencyCode, String viewer);

    record OpenCase(UUID caseId, UUID offenderId, String givenNames, String familyName, CaseState state,
            LocalDate openedOn, LocalDate unknownSince, CaseTerms.Circumstance circumstance) {
    }
}
