package uk.gov.vigil.offender.domain;

import java.time.Instant;
import java.util.UUID;

/** A piece of intelligence about an offender, as an officer recorded it; never edited. */
public record IntelligenceNote(UUID id, OffenderId offenderId, String text, String recordedBy, String agencyCode,
        Instant recordedAt) {
}
