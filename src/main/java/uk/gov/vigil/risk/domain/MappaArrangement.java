package uk.gov.vigil.risk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How an offender is managed under MAPPA: category, level and lead agency, since a date. One current arrangement
 * per offender; changes are optimistic on {@code version}.
 */
public record MappaArrangement(UUID offenderId, long version, MappaCategory category, MappaLevel level,
        String leadAgency, LocalDate since, Instant updatedAt, String updatedBy) {
}
