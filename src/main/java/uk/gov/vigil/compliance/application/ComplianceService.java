package uk.gov.vigil.compliance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.compliance.ComplianceStatus;
import uk.gov.vigil.compliance.domain.ComplianceCase;
import uk.gov.vigil.compliance.domain.CompliancePlanner;
import uk.gov.vigil.compliance.domain.ComplianceStore.DueItem;
import uk.gov.vigil.compliance.domain.ComplianceStore;
import uk.gov.vigil.compliance.domain.ConvictionFact;
import uk.gov.vigil.compliance.domain.Notification;
import uk.gov.vigil.compliance.domain.NotificationRules;
import uk.gov.vigil.compliance.domain.NotificationType;
import uk.gov.vigil.compliance.domain.Obligation;
import uk.gov.vigil.compliance.domain.ObligationState;
import uk.gov.vigil.compliance.domain.OffenderFacts;
import uk.gov.vigil.compliance.domain.PlannedObligation;
import uk.gov.vigil.compliance.domain.Requirement;
import uk.gov.vigil.compliance.domain.Task;
import uk.gov.vigil.offender.OpenCases;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.AddressType;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.rules.Absence;
import uk.gov.vigil.rules.Deadline;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.rules.Jurisdiction;
import uk.gov.vigil.rules.Jurisdictions;
import uk.gov.vigil.rules.Sentence;
import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.Ids;
import uk.gov.vigil.shared.NotFoundException;
import uk.gov.vigil.shared.Violations;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;

/**
 * Compliance use cases. The requirement and the current obligation are always re-derived from the offender record
 * and the notifications by {@link CompliancePlanner}, never edited by hand, and stored with the rule version and
 * inputs that produced them.
 */
@Service
public class ComplianceService {

    private final ComplianceStore store;
    private final OffenderService offenders;
    private final Jurisdictions jurisdictions;
    private final JsonMapper json;
    private final Clock clock;
    private final ObjectProvider<OpenCases> openCases;
    private final AuditLog audit;

    ComplianceService(ComplianceStore store, OffenderService offenders, Jurisdictions jurisdictions, JsonMapper json,
            Clock clock, ObjectProvider<OpenCases> openCases, AuditLog audit) {
        this.audit = audit;
        this.openCases = openCases;
        this.store = store;
        this.offenders = offenders;
        this.jurisdictions = jurisdictions;
        this.json = json;
        this.clock = clock;
    }

    /** A notification as stored, with where the offender stands after it. */
    public record RecordedNotification(Notification notification, ComplianceStatus status,
            Optional<Obligation> nextObligation) {
    }

    /**
     * After two records are merged: the merged record's notifications, open missed-notification cases and open
     * tasks move to the kept record, and the kept record's obligations are derived again from everything it now
     * holds. The merged record's own obligation history stays with it.
     */
    @Transactional
    public void eraseOffender(UUID offenderId) {
        store.eraseOffender(offenderId);
    }

    public void moveToKeptRecord(UUID mergedId, UUID keptId) {
        store.moveToKeptRecord(mergedId, keptId);
        recompute(mergedId);
        recompute(keptId);
    }

    /** Re-derives the requirement and the obligation that should be open, after anything about the offender changed. */
    @Transactional
    public void recompute(UUID offenderId) {
        OffenderRecord record = record(offenderId);
        Instant now = now();
        OffenderFacts facts = facts(record);
        Requirement requirement = CompliancePlanner.requirement(rules(), facts, now);
        store.saveRequirement(requirement);
        reconcile(facts, requirement, now, store.currentObligation(offenderId));
    }

    @Transactional
    public RecordedNotification recordNotification(UUID offenderId, NotificationInput input, VigilUser user) {
        OffenderRecord record = recordUserMayChange(offenderId, user);
        RecordedNotification recorded = record(record, input, null, null, user);
        audit.allowed(user, AuditAction.NOTIFICATION_RECORDED,
                AuditObject.of("notification", recorded.notification().id(), offenderId), input.type().name());
        return recorded;
    }

    /** Records a correction of an earlier notification. Both stay on record; the correction is the one that counts. */
    @Transactional
    public RecordedNotification correctNotification(UUID offenderId, UUID notificationId, NotificationInput input,
            String reason, VigilUser user) {
        OffenderRecord record = recordUserMayChange(offenderId, user);
        Notification corrected = store.notification(notificationId)
                .filter(n -> n.offenderId().equals(offenderId))
                .orElseThrow(() -> new NotFoundException("The offender has no notification " + notificationId));
        if (store.notifications(offenderId).stream().anyMatch(n -> notificationId.equals(n.corrects()))) {
            throw new ConflictException("This notification has already been corrected; correct the correction instead");
        }
        if (reason == null || reason.isBlank()) {
            new Violations().add("reason", "is required: say what was wrong").throwIfAny();
        }
        RecordedNotification recorded = record(record, input, corrected.id(), reason.strip(), user);
        audit.allowed(user, AuditAction.NOTIFICATION_CORRECTED,
                AuditObject.of("notification", recorded.notification().id(), offenderId), "corrects " + notificationId);
        return recorded;
    }

    /** Derives the requirement first if it has never been derived (a record stored before compliance existed). */
    @Transactional
    public ComplianceView view(UUID offenderId, VigilUser user) {
        offenders.recordUserMaySeeInFull(new OffenderId(offenderId), user,
                "Compliance details are shown only to agencies responsible for the offender");
        if (store.requirement(offenderId).isEmpty()) {
            recompute(offenderId);
        }
        Requirement requirement = store.requirement(offenderId).orElseThrow();
        Optional<Obligation> current = store.currentObligation(offenderId);
        List<Notification> notifications = store.notifications(offenderId);
        audit.allowed(user, AuditAction.COMPLIANCE_VIEWED, AuditObject.offender(offenderId), null);
        return new ComplianceView(CompliancePlanner.status(requirement, current, now(), today()), requirement, current,
                CompliancePlanner.reviewQualifyingDate(rules(), requirement, notifications),
                Optional.ofNullable(openCases.getIfAvailable()).flatMap(o -> o.openWhereaboutsCase(offenderId)),
                store.obligations(offenderId), notifications, store.cases(offenderId));
    }

    /** Overdue and soon-due obligations of the offenders an agency manages. */
    @Transactional(readOnly = true)
    public List<DueItem> dueList(String agencyCode, int withinDays, VigilUser user) {
        if (!user.can(Permission.OFFENDER_READ)) {
            throw new AccessDeniedException("Your role gives no access to offender records");
        }
        Violations v = new Violations();
        if (withinDays < 0 || withinDays > 366) {
            v.add("withinDays", "must be between 0 and 366");
        }
        v.throwIfAny();
        String agency = agencyCode == null ? user.agencyCode() : agencyCode;
        if (!user.can(Permission.OFFENDER_NATIONAL_ACCESS) && !agency.equals(user.agencyCode())) {
            throw new AccessDeniedException("You can see only your own agency's due list");
        }
        audit.allowed(user, AuditAction.DUE_LIST_VIEWED, AuditObject.of("due-list", agency),
                "within " + withinDays + " days");
        return store.dueList(agency, today().plusDays(withinDays), 500, user.username());
    }

    /** The caseload of each offender manager in the supervisor's own agency, with missed and soon-due counts. */
    @Transactional(readOnly = true)
    public List<ComplianceStore.ManagerWorkload> workload(int withinDays, VigilUser user) {
        if (!user.can(Permission.TEAM_WORKLOAD_READ)) {
            throw new AccessDeniedException("Only supervisors can see their team's workload");
        }
        Violations v = new Violations();
        if (withinDays < 0 || withinDays > 366) {
            v.add("withinDays", "must be between 0 and 366");
        }
        v.throwIfAny();
        audit.allowed(user, AuditAction.WORKLOAD_VIEWED, AuditObject.of("workload", user.agencyCode()),
                "within " + withinDays + " days");
        return store.workload(user.agencyCode(), today().plusDays(withinDays));
    }

    /** A compliance case, with no access check; the caller checks access to the offender. */
    @Transactional(readOnly = true)
    public Optional<ComplianceCase> caseWithoutAccessCheck(UUID caseId) {
        return store.complianceCase(caseId);
    }

    /** Closes a missed-notification case because a whereabouts case has taken over the search. */
    @Transactional
    public void handOverToWhereaboutsCase(UUID caseId, String by) {
        if (store.closeCase(caseId, now(), by, ComplianceCase.CaseOutcome.WHEREABOUTS_CASE_OPENED, null)) {
            store.completeTasksOf(caseId);
        }
    }

    /** One notification of an offender, for staff of a responsible agency. */
    @Transactional(readOnly = true)
    public Notification notification(UUID offenderId, UUID notificationId, VigilUser user) {
        offenders.recordUserMaySeeInFull(new OffenderId(offenderId), user,
                "Notifications are shown only to agencies responsible for the offender");
        Notification notification = store.notification(notificationId).filter(n -> n.offenderId().equals(offenderId))
                .orElseThrow(() -> new NotFoundException("The offender has no notification " + notificationId));
        audit.allowed(user, AuditAction.NOTIFICATION_VIEWED, AuditObject.of("notification", notificationId,
                offenderId), null);
        return notification;
    }

    @Transactional(readOnly = true)
    public List<Task> tasks(VigilUser user, boolean wholeAgency) {
        audit.allowed(user, AuditAction.TASKS_LISTED, AuditObject.of("task-list",
                wholeAgency ? user.agencyCode() : user.username()), wholeAgency ? "agency" : "mine");
        return store.openTasks(user.agencyCode(), wholeAgency ? null : user.username(), user.username());
    }

    @Transactional
    public ComplianceCase closeCase(UUID caseId, ComplianceCase.CaseOutcome outcome, String note, VigilUser user) {
        ComplianceCase c = store.complianceCase(caseId)
                .orElseThrow(() -> new NotFoundException("No compliance case has the id " + caseId));
        recordUserMayChange(c.offenderId(), user);
        Violations v = new Violations();
        v.require("outcome", outcome, "is required: one of " + List.of(ComplianceCase.CaseOutcome.values()));
        v.throwIfAny();
        if (!store.closeCase(caseId, now(), user.username(), outcome, note == null ? null : note.strip())) {
            throw new ConflictException("The case is already closed");
        }
        store.completeTasksOf(caseId);
        audit.allowed(user, AuditAction.COMPLIANCE_CASE_CLOSED, AuditObject.of("compliance-case", caseId,
                c.offenderId()), outcome.name());
        return store.complianceCase(caseId).orElseThrow();
    }

    /**
     * Checks the notifications an import brings for one offender, before anything is stored.
     *
     * @return what is wrong, by field, with each notification's position in the list
     */
    public Violations checkHistory(List<NotificationInput> history) {
        Violations violations = new Violations();
        Instant now = now();
        for (int i = 0; i < history.size(); i++) {
            NotificationInput input = history.get(i);
            for (var v : NotificationRules.check(input.type(), input.receivedAt(), input.policeStation(),
                    eventDate(input), input.changes(), now).list()) {
                violations.add("notifications[" + i + "]." + v.field(), v.message());
            }
        }
        return violations;
    }

    /**
     * Each offender's notifications as they stand, in the form they were recorded: an original that was later
     * corrected is left out, its correction kept. For a bulk export, whose caller has checked access.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<NotificationInput>> historiesWithoutAccessCheck(Collection<UUID> offenderIds) {
        Map<UUID, List<NotificationInput>> histories = new HashMap<>();
        for (UUID id : offenderIds) {
            List<Notification> all = store.notifications(id);
            Set<UUID> corrected = all.stream().map(Notification::corrects).filter(Objects::nonNull)
                    .collect(Collectors.toSet());
            histories.put(id, all.stream().filter(n -> !corrected.contains(n.id()))
                    .map(n -> new NotificationInput(n.type(), n.receivedAt(), n.policeStation(), n.eventDate(),
                            n.changes(), n.verification()))
                    .toList());
        }
        return histories;
    }

    /**
     * Stores the past notifications of newly imported offenders, as a migration or the demo register brings them,
     * and derives each offender's requirement and current obligation from them, all in one go. The offenders must
     * be new: they have no requirement or obligation yet.
     *
     * @param histories each offender's notifications, in any order; an offender left out has made none
     */
    @Transactional
    public void importHistories(List<OffenderRecord> imported, Map<UUID, List<NotificationInput>> histories,
            String importedBy) {
        Instant now = now();
        LocalDate today = today();
        List<Requirement> requirements = new ArrayList<>(imported.size());
        List<Notification> notifications = new ArrayList<>();
        List<Obligation> obligations = new ArrayList<>(imported.size());
        for (OffenderRecord record : imported) {
            UUID offenderId = record.id().value();
            List<NotificationInput> history = histories.getOrDefault(offenderId, List.of());
            checkHistory(history).throwIfAny();
            List<Notification> own = history.stream()
                    .sorted(Comparator.comparing(NotificationInput::receivedAt))
                    .map(input -> new Notification(Ids.next(), offenderId, input.type(),
                            input.receivedAt().truncatedTo(ChronoUnit.MICROS), input.policeStation(), importedBy,
                            eventDate(input), input.changes(), input.verification(), false, null, null, null, now,
                            importedBy))
                    .toList();
            OffenderFacts facts = facts(record);
            Requirement requirement = CompliancePlanner.requirement(rules(), facts, now);
            requirements.add(requirement);
            notifications.addAll(own);
            CompliancePlanner.nextObligation(rules(), facts, requirement, own, today, null)
                    .ifPresent(p -> obligations.add(newObligation(offenderId, p, now)));
        }
        store.addRequirements(requirements);
        store.addNotifications(notifications);
        store.addObligations(obligations);
    }

    private RecordedNotification record(OffenderRecord record, NotificationInput input, UUID corrects,
            String correctionReason, VigilUser user) {
        Instant now = now();
        NotificationRules.check(input.type(), input.receivedAt(), input.policeStation(), eventDate(input),
                input.changes(), now).throwIfAny();
        UUID offenderId = record.id().value();
        Optional<Obligation> current = store.currentObligation(offenderId);
        Optional<String> late = lateness(input, current);
        Notification notification = new Notification(Ids.next(), offenderId, input.type(),
                input.receivedAt().truncatedTo(ChronoUnit.MICROS), input.policeStation().strip(), user.username(),
                eventDate(input), input.changes(), input.verification(), late.isPresent(), late.orElse(null), corrects,
                correctionReason, now, user.username());
        store.addNotification(notification);
        if (input.type().restartsPeriodicClock() && current.isPresent()) {
            current = answer(current.get(), notification, now);
        }
        if (input.type() == NotificationType.CHANGE && corrects == null
                && input.eventDate().isAfter(notification.receivedOn(rules().zone()))) {
            remindToCheckAdvanceNotice(record, notification, now);
        }
        if (input.type() == NotificationType.CHANGE && corrects == null && input.changes().changesNameOrAddress()) {
            // The record follows what the offender notified; its change event re-derives the obligations.
            record = offenders.applyNotifiedChange(record.id(), input.changes().newName(),
                    input.changes().newAddress(), user);
            current = store.currentObligation(offenderId);
        }
        OffenderFacts facts = facts(record);
        Requirement requirement = store.requirement(offenderId).orElseGet(() -> {
            Requirement derived = CompliancePlanner.requirement(rules(), facts, now);
            store.saveRequirement(derived);
            return derived;
        });
        Optional<Obligation> next = reconcile(facts, requirement, now, current);
        return new RecordedNotification(notification,
                CompliancePlanner.status(requirement, next, now, today()), next);
    }

    /**
     * A change notified in advance stands only if it happens around the stated date (s.84(2)-(4) SOA 2003). The
     * offender manager gets a task to check, due on the day by which the offender must report that it did not.
     */
    private void remindToCheckAdvanceNotice(OffenderRecord record, Notification notification, Instant now) {
        Deadline correction = EnglandAndWales.advanceNoticeCorrection(notification.eventDate());
        var management = record.details().management();
        store.addTask(new Task(Ids.next(), record.id().value(), null, management.managingAgency(),
                management.offenderManager(), "Check the change notified in advance for " + notification.eventDate()
                        + " happened; if it did not, the offender must say so by " + correction.lastDay() + " ("
                        + correction.citation() + ")",
                correction.lastDay(), Task.TaskState.OPEN, now));
    }

    /**
     * Marks the obligation the notification answers: met if it was still waiting, answered late if missed.
     *
     * @return the obligation as it now stands: as marked, or as read again if something else changed it first
     */
    private Optional<Obligation> answer(Obligation o, Notification notification, Instant now) {
        if (o.state().isPending()) {
            if (store.moveObligation(o.id(), o.state(), ObligationState.MET, now, notification.id())) {
                return Optional.of(o.answeredBy(notification.id(), ObligationState.MET, now));
            }
            return store.currentObligation(o.offenderId());
        }
        if (o.state() == ObligationState.MISSED && o.metBy() == null) {
            if (store.recordLateAnswer(o.id(), notification.id())) {
                return Optional.of(o.answeredBy(notification.id(), o.state(), o.closedAt()));
            }
            return store.currentObligation(o.offenderId());
        }
        return Optional.of(o);
    }

    /** Why a notification is late, with the provision, or empty if it is in time. */
    private Optional<String> lateness(NotificationInput input, Optional<Obligation> current) {
        LocalDate receivedOn = input.receivedAt().atZone(rules().zone()).toLocalDate();
        List<String> reasons = new ArrayList<>();
        if (input.type().restartsPeriodicClock() && current.isPresent()) {
            Obligation o = current.get();
            if (o.state() == ObligationState.MISSED && o.metBy() == null) {
                reasons.add(o.kind() + " notification due by " + o.lastDay() + " (" + o.citation() + ")");
            } else if (o.state() == ObligationState.OPEN && receivedOn.isAfter(o.lastDay())) {
                reasons.add(o.kind() + " notification due by " + o.lastDay() + " (" + o.citation() + ")");
            }
        }
        switch (input.type()) {
            case CHANGE -> {
                Deadline due = rules().changeNotification(input.eventDate());
                if (receivedOn.isAfter(due.lastDay())) {
                    reasons.add("change on " + input.eventDate() + " due by " + due.lastDay() + " ("
                            + due.citation() + ")");
                }
            }
            case TRAVEL -> {
                if (EnglandAndWales.travelNoticeIsLate(receivedOn, input.changes().travel().departureDate())) {
                    reasons.add("travel must be notified at least 7 days before departure (SI 2012/1876)");
                }
            }
            case TRAVEL_CHANGE -> {
                Instant departure = input.changes().travel().departureDate().atStartOfDay(rules().zone()).toInstant();
                if (EnglandAndWales.travelChangeIsLate(input.receivedAt(), departure)) {
                    reasons.add("a change to travel must be notified at least 24 hours before departure"
                            + " (SI 2012/1876)");
                }
            }
            case HOUSEHOLD_WITH_CHILD -> {
                Deadline due = EnglandAndWales.householdWithChildNotification(input.eventDate());
                if (receivedOn.isAfter(due.lastDay())) {
                    reasons.add("stay from " + input.eventDate() + " due by " + due.lastDay() + " (SI 2012/1876)");
                }
            }
            default -> {
            }
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of("Late: " + String.join("; ", reasons));
    }

    /**
     * Makes the stored obligations agree with what the rules say should be open now.
     *
     * @param current the latest obligation that is not cancelled, as stored now
     * @return the latest obligation that is not cancelled, afterwards
     */
    private Optional<Obligation> reconcile(OffenderFacts facts, Requirement requirement, Instant now,
            Optional<Obligation> current) {
        UUID offenderId = facts.offenderId();
        Optional<PlannedObligation> plan = CompliancePlanner.nextObligation(rules(), facts, requirement,
                store.notificationFacts(offenderId), today(), justReturned(current, facts));
        if (current.isPresent() && plan.isPresent() && current.get().matches(plan.get())) {
            return current;
        }
        if (current.isPresent() && current.get().state().isPending()) {
            store.moveObligation(current.get().id(), current.get().state(), ObligationState.CANCELLED, now, null);
        }
        if (plan.isEmpty()) {
            return current.isPresent() && current.get().state().isPending()
                    ? store.currentObligation(offenderId) : current;
        }
        Obligation added = newObligation(offenderId, plan.get(), now);
        store.addObligation(added);
        return Optional.of(added);
    }

    private Obligation newObligation(UUID offenderId, PlannedObligation p, Instant now) {
        Deadline d = p.deadline();
        return new Obligation(Ids.next(), offenderId, p.kind(),
                d.suspended() ? ObligationState.SUSPENDED : ObligationState.OPEN, d.lastDay(),
                d.suspended() ? null : CompliancePlanner.deadlinePassesAt(d.lastDay(), rules().zone()), d.citation(),
                d.explanation(), rules().ruleVersion(), json.writeValueAsString(p.inputs()), now, null, null);
    }

    /**
     * An absence that has just ended: the obligation was suspended and the record no longer shows the offender as
     * away, so they came back today.
     */
    private Absence justReturned(Optional<Obligation> current, OffenderFacts facts) {
        if (current.isEmpty() || current.get().state() != ObligationState.SUSPENDED || facts.absence() != null) {
            return null;
        }
        JsonNode kind = json.readTree(current.get().inputs()).get("absence");
        Absence.Kind was = kind == null || kind.isNull() ? Absence.Kind.CUSTODY : Absence.Kind.valueOf(kind.asString());
        return new Absence(was, LocalDate.MIN, today());
    }

    /** What registering these details would start: the requirement and the first obligation. Nothing is stored. */
    public record Preview(Requirement requirement, Optional<PlannedObligation> firstObligation) {
    }

    /**
     * The notification period and first obligation the rules give for an offender not yet registered, so that the
     * officer sees them before saving. The details must already have passed the offender record's checks.
     */
    public Preview preview(OffenderDetails details) {
        OffenderFacts facts = facts(null, details);
        Requirement requirement = CompliancePlanner.requirement(rules(), facts, now());
        return new Preview(requirement, CompliancePlanner.nextObligation(rules(), facts, requirement, List.of(),
                today()));
    }

    private OffenderFacts facts(OffenderRecord record) {
        return facts(record.id().value(), record.details());
    }

    private static OffenderFacts facts(UUID offenderId, OffenderDetails d) {
        List<ConvictionFact> convictions = d.convictions().stream()
                .map(c -> new ConvictionFact(c.date(), Sentence.valueOf(c.disposal().name()), c.termMonths()))
                .toList();
        Absence.Kind absence = switch (d.status()) {
            case IN_CUSTODY -> Absence.Kind.CUSTODY;
            case IN_HOSPITAL -> Absence.Kind.HOSPITAL;
            case ABROAD -> Absence.Kind.ABROAD;
            default -> null;
        };
        boolean noFixedAbode = d.currentMainResidence().map(a -> a.type() == AddressType.NO_FIXED_ABODE).orElse(false);
        return new OffenderFacts(offenderId, d.dateOfBirth(), convictions, absence, noFixedAbode,
                d.status().isFinal(), d.management().managingAgency(),
                d.management().offenderManager());
    }

    private OffenderRecord recordUserMayChange(UUID offenderId, VigilUser user) {
        return offenders.recordUserMayChange(new OffenderId(offenderId), user,
                "Only the agencies responsible for this offender can record this");
    }

    private OffenderRecord record(UUID offenderId) {
        return offenders.findWithoutAccessCheck(new OffenderId(offenderId))
                .orElseThrow(() -> new NotFoundException("No offender has the id " + offenderId));
    }

    private static LocalDate eventDate(NotificationInput input) {
        if (input.type() == NotificationType.TRAVEL && input.eventDate() == null
                && input.changes().travel() != null) {
            return input.changes().travel().departureDate();
        }
        return input.eventDate();
    }

    /** Offenders are managed under the rules of England and Wales until other jurisdictions are implemented. */
    private Jurisdiction rules() {
        return jurisdictions.englandAndWales();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), rules().zone());
    }
}
