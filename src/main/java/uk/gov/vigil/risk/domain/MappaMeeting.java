package uk.gov.vigil.risk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A level 2 or level 3 MAPPA meeting about one offender, with who attended and the minutes. */
public record MappaMeeting(UUID id, UUID offenderId, LocalDate heldOn, MappaLevel level, List<Attendee> attendees,
        String minutes, Instant recordedAt, String recordedBy) {

    /** One attendee: their agency, and their name and role as the minutes give them. */
    public record Attendee(String agencyCode, String name) {
    }

    public MappaMeeting {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
