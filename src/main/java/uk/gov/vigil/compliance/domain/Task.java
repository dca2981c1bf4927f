package uk.gov.vigil.compliance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Something an officer has to do, in their agency's queue and, when the offender has a manager, in theirs. */
public record Task(UUID id, UUID offenderId, UUID caseId, String agencyCode, String assignee, String title,
        LocalDate dueDate, TaskState state, Instant createdAt) {

    public enum TaskState {
        OPEN,
        DONE
    }
}
