package uk.gov.vigil.risk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A time under reactive management: no routine home visits, the notification duty unchanged. Approved by a
 * supervisor with a reason; ended by a supervisor or by an assessment that raises the risk above low.
 */
public record ReactivePeriod(UUID id, UUID offenderId, LocalDate startedOn, String reason, String approvedBy,
        Instant approvedAt, LocalDate endedOn, String endedBy, String endReason) {

    public boolean current() {
        return endedOn == null;
    }
}
