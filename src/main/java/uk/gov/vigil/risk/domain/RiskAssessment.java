package uk.gov.vigil.risk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One assessment of an offender's risk. Assessments are never edited; the latest (by assessment date, then by when
 * it was recorded) drives the visit schedule and the priority, and the rest are the history.
 *
 * @param toolName     the tool's name when {@code tool} is {@link RiskTool#OTHER}
 * @param score        the tool's score or scale result where it has one, as the tool states it (e.g. "/S High")
 * @param nextReviewOn when the assessment must be reviewed
 */
public record RiskAssessment(UUID id, UUID offenderId, RiskTool tool, String toolName, LocalDate assessedOn,
        String assessor, String score, RiskLevel level, LocalDate nextReviewOn, String notes, Instant recordedAt,
        String recordedBy) {

    public boolean reviewOverdue(LocalDate today) {
        return nextReviewOn.isBefore(today);
    }
}
