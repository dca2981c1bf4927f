package uk.gov.vigil.risk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action in the offender's risk management plan, or one agreed at a MAPPA meeting ({@code meetingId} set).
 *
 * @param owner         who must do it, by name and role
 * @param ownerAgency   the owner's agency
 * @param ownerUsername the owner's Vigil account, if they have one: the action then appears in their work
 */
public record RiskAction(UUID id, UUID offenderId, UUID meetingId, String description, String owner,
        String ownerAgency, String ownerUsername, LocalDate dueOn, ActionStatus status, long version,
        Instant updatedAt, String updatedBy) {

    public boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueOn.isBefore(today);
    }
}
