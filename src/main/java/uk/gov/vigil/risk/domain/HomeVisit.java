package uk.gov.vigil.risk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A visit to the offender's home.
 *
 * @param officers the officers who went, by name or collar number
 * @param concerns anything the officers saw that bears on risk; null when none
 */
public record HomeVisit(UUID id, UUID offenderId, LocalDate visitedOn, List<String> officers, boolean announced,
        VisitOutcome outcome, String concerns, boolean photographsTaken, Instant recordedAt, String recordedBy) {

    public HomeVisit {
        officers = officers == null ? List.of() : List.copyOf(officers);
    }
}
