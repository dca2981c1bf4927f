package uk.gov.vigil.compliance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where compliance facts are kept. */
public interface ComplianceStore {

    void saveRequirement(Requirement requirement);

    /** Stores the first requirements of newly imported offenders, in one go. */
    void addRequirements(List<Requirement> requirements);

    Optional<Requirement> requirement(UUID offenderId);

    default void addNotification(Notification notification) {
        addNotifications(List.of(notification));
    }

    void addNotifications(List<Notification> notifications);

    Optional<Notification> notification(UUID id);

    /** Every notification of an offender, oldest first. */
    List<Notification> notifications(UUID offenderId);

    /** What the rules need of every notification of an offender, oldest first. */
    List<NotificationFacts> notificationFacts(UUID offenderId);

    /** The most recent obligation that was not cancelled. */
    Optional<Obligation> currentObligation(UUID offenderId);

    /** Every obligation of an offender, newest first. */
    List<Obligation> obligations(UUID offenderId);

    default void addObligation(Obligation obligation) {
        addObligations(List.of(obligation));
    }

    void addObligations(List<Obligation> obligations);

    /**
     * Moves an obligation from {@code from} to {@code to}, if it is still in {@code from}.
     *
     * @return whether it moved (false if another process moved it first)
     */
    boolean moveObligation(UUID id, ObligationState from, ObligationState to, Instant at, UUID metBy);

    /**
     * Records a late notification against a missed obligation.
     *
     * @return whether it was recorded (false if the obligation is no longer missed, or was answered already)
     */
    boolean recordLateAnswer(UUID obligationId, UUID notificationId);

    /** Open obligations whose deadline has passed at {@code now}, oldest deadline first. */
    List<Obligation> openObligationsDueBy(Instant now, int limit);

    /** @return false if the obligation already has a case */
    boolean openCase(ComplianceCase complianceCase);

    Optional<ComplianceCase> complianceCase(UUID id);

    List<ComplianceCase> cases(UUID offenderId);

    boolean closeCase(UUID id, Instant at, String by, ComplianceCase.CaseOutcome outcome, String note);

    void addTask(Task task);

    /** Marks done the open tasks raised for a case. */
    void completeTasksOf(UUID caseId);

    /** @param viewer the user asking; tasks about offenders hidden from them by restrictions are left out */
    List<Task> openTasks(String agencyCode, String assignee, String viewer);

    /** Open and missed obligations of offenders an agency manages, due on or before {@code until}. */
    List<DueItem> dueList(String agencyCode, LocalDate until, int limit, String viewer);

    /** Moves a merged record's notifications, open cases and open tasks to the record it was merged into. */
    void moveToKeptRecord(UUID mergedId, UUID keptId);

    /** Deletes the offender's tasks, cases, obligations, requirement and notifications, corrections included. */
    void eraseOffender(UUID offenderId);

    /**
     * For each offender manager in an agency (and a line with a null manager for those not yet assigned), how many
     * offenders they manage, how many of those have missed a notification, and how many must notify by {@code until}.
     */
    List<ManagerWorkload> workload(String agencyCode, LocalDate until);

    /** One offender manager's caseload, as counts of offenders. */
    record ManagerWorkload(String manager, String displayName, int offenders, int overdue, int dueSoon) {
    }

    /** One line of an agency's due list. */
    record DueItem(UUID offenderId, String givenNames, String familyName, String offenderManager, UUID obligationId,
            ObligationKind kind, ObligationState state, LocalDate lastDay) {
    }
}
