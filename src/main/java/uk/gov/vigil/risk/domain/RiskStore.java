package uk.gov.vigil.risk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where risk management is kept. */
public interface RiskStore {

    void addAssessment(RiskAssessment assessment);

    List<RiskAssessment> assessments(UUID offenderId);

    /** Makes {@code latest} the offender's current assessment. */
    void setCurrent(RiskAssessment latest);

    void addVisit(HomeVisit visit);

    List<HomeVisit> visits(UUID offenderId);

    void addReactive(ReactivePeriod period);

    List<ReactivePeriod> reactivePeriods(UUID offenderId);

    boolean endReactive(UUID id, LocalDate endedOn, String endedBy, String reason);

    /** A computed schedule with what it was computed from. */
    record StoredSchedule(UUID offenderId, VisitDue due, String ruleVersion, String inputs, Instant computedAt) {
    }

    void saveSchedule(StoredSchedule schedule);

    Optional<StoredSchedule> schedule(UUID offenderId);

    Optional<MappaArrangement> arrangement(UUID offenderId);

    void addArrangement(MappaArrangement arrangement);

    boolean replaceArrangement(MappaArrangement arrangement, long expectedVersion);

    void addMeeting(MappaMeeting meeting);

    List<MappaMeeting> meetings(UUID offenderId);

    Optional<MappaMeeting> meeting(UUID id);

    void addAction(RiskAction action);

    /** Everything imported for a batch of offenders, written as one JDBC batch per table. */
    record Imported(List<RiskAssessment> assessments, List<RiskAssessment> currents, List<HomeVisit> visits,
            List<MappaArrangement> arrangements, List<MappaMeeting> meetings, List<RiskAction> actions,
            List<ReactivePeriod> reactive, List<StoredSchedule> schedules) {
    }

    void addAll(Imported rows);

    Optional<RiskAction> action(UUID id);

    boolean replaceAction(RiskAction action, long expectedVersion);

    List<RiskAction> actions(UUID offenderId);

    /** Every row about the merged record now belongs to the kept one; the kept record's schedule is recomputed. */
    void moveToKeptRecord(UUID mergedId, UUID keptId);

    /** Deletes every risk, visit and MAPPA row about the offender. */
    void eraseOffender(UUID offenderId);

    /** Offenders with stored risk management, for recomputing schedules in bulk. */
    List<UUID> offendersWithSchedules(UUID after, int limit);

    /**
     * One offender in a manager's or an agency's list, with what the priority score reads and what is due.
     *
     * @param visitDueOn     the scheduled visit's last day; null when none is scheduled
     * @param scheduleKind   null when no schedule has been computed (no risk management recorded yet)
     * @param reviewDueOn    the current assessment's review date; null when never assessed
     */
    record OffenderLine(UUID offenderId, long version, String givenNames, String familyName, String offenderManager,
            PrioritySignals signals, VisitDue.Kind scheduleKind, LocalDate visitDueOn, LocalDate reviewDueOn) {
    }

    /**
     * The active offenders of an agency the viewer may see, or only one manager's ({@code manager} not null), or
     * only the unassigned ({@code unassignedOnly}).
     */
    List<OffenderLine> lines(String agencyCode, String manager, boolean unassignedOnly, LocalDate today,
            String viewer);

    /** The same for one offender, whatever their status; access is checked by the caller. */
    Optional<OffenderLine> line(UUID offenderId, LocalDate today);

    /** Open actions a user owns, or that nobody in Vigil owns on offenders they manage. */
    List<ActionLine> openActionsFor(String username);

    record ActionLine(RiskAction action, String givenNames, String familyName) {
    }

    /** Per manager of an agency: offenders, visits and reviews due by {@code soon} and overdue before {@code today}. */
    record ManagerCaseload(String manager, String displayName, int offenders, int visitsDue, int visitsOverdue,
            int reviewsDue, int reviewsOverdue, int notAssessed) {
    }

    List<ManagerCaseload> caseload(String agencyCode, LocalDate today, LocalDate soon);
}
