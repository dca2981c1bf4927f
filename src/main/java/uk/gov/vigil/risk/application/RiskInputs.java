package uk.gov.vigil.risk.application;

import java.time.LocalDate;
import java.util.List;

import uk.gov.vigil.risk.domain.ActionStatus;
import uk.gov.vigil.risk.domain.MappaCategory;
import uk.gov.vigil.risk.domain.MappaLevel;
import uk.gov.vigil.risk.domain.MappaMeeting;
import uk.gov.vigil.risk.domain.RiskLevel;
import uk.gov.vigil.risk.domain.RiskTool;
import uk.gov.vigil.risk.domain.VisitOutcome;

/** What users send to record risk management, before it is checked. */
public final class RiskInputs {

    private RiskInputs() {
    }

    /** @param nextReviewOn when to review; a year after {@code assessedOn} when not given */
    public record Assessment(RiskTool tool, String toolName, LocalDate assessedOn, String assessor, String score,
            RiskLevel level, LocalDate nextReviewOn, String notes) {
    }

    public record Visit(LocalDate visitedOn, List<String> officers, Boolean announced, VisitOutcome outcome,
            String concerns, Boolean photographsTaken) {
    }

    public record Arrangement(MappaCategory category, MappaLevel level, String leadAgency, LocalDate since) {
    }

    /** @param level the meeting's level; the arrangement's when not given */
    public record Meeting(LocalDate heldOn, MappaLevel level, List<MappaMeeting.Attendee> attendees, String minutes,
            List<Action> actions) {
    }

    public record Action(String description, String owner, String ownerAgency, String ownerUsername,
            LocalDate dueOn) {
    }

    public record StatusChange(ActionStatus status) {
    }

    public record Reactive(String reason) {
    }

    /**
     * An offender's risk management as it stood before Vigil, for a migration or the demo register.
     *
     * @param mappa          null when not recorded
     * @param meeting        null when none; needs a level 2 or 3 arrangement
     * @param reactiveReason when not null, reactive management is recorded from the import date, if the offender is
     *                       eligible
     */
    public record History(List<Assessment> assessments, List<Visit> visits, Arrangement mappa, Meeting meeting,
            String reactiveReason) {
    }
}
