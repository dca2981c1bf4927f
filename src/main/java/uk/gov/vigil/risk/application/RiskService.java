package uk.gov.vigil.risk.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.agency.Agencies;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.risk.domain.ActionStatus;
import uk.gov.vigil.risk.domain.HomeVisit;
import uk.gov.vigil.risk.domain.MappaArrangement;
import uk.gov.vigil.risk.domain.MappaLevel;
import uk.gov.vigil.risk.domain.MappaMeeting;
import uk.gov.vigil.risk.domain.Priority;
import uk.gov.vigil.risk.domain.PriorityRules;
import uk.gov.vigil.risk.domain.ReactiveEligibility;
import uk.gov.vigil.risk.domain.ReactivePeriod;
import uk.gov.vigil.risk.domain.RiskAction;
import uk.gov.vigil.risk.domain.RiskAssessment;
import uk.gov.vigil.risk.domain.RiskHistory;
import uk.gov.vigil.risk.domain.RiskLevel;
import uk.gov.vigil.risk.domain.RiskStore;
import uk.gov.vigil.risk.domain.RiskStore.OffenderLine;
import uk.gov.vigil.risk.domain.RiskStore.StoredSchedule;
import uk.gov.vigil.risk.domain.RiskTool;
import uk.gov.vigil.risk.domain.VisitDue;
import uk.gov.vigil.risk.domain.VisitSchedule;
import uk.gov.vigil.risk.domain.WarrantGrounds;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.Ids;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.NotFoundException;
import uk.gov.vigil.shared.StaleVersionException;
import uk.gov.vigil.shared.Violations;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;

/**
 * Recording and reading one offender's risk management. Reading needs the full record (the agencies responsible
 * for the offender: managing force, supervising probation region, holding prison); each change needs its
 * permission as well. Every change recomputes the visit schedule in the same transaction, and is audited.
 */
@Service
public class RiskService {

    private final RiskStore store;
    private final OffenderService offenders;
    private final Agencies agencies;
    private final UserDirectory users;
    private final PriorityProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditLog audit;

    RiskService(RiskStore store, OffenderService offenders, Agencies agencies, UserDirectory users,
            PriorityProperties properties, JsonMapper json, Clock clock, AuditLog audit) {
        this.store = store;
        this.offenders = offenders;
        this.agencies = agencies;
        this.users = users;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
    }

    /** Everything about one offender's risk management, with what the rules make of it today. */
    public record RiskView(UUID offenderId, Optional<RiskAssessment> current, boolean reviewOverdue,
            List<RiskAssessment> assessments, StoredSchedule schedule, boolean visitOverdue, List<HomeVisit> visits,
            Optional<List<HomeVisit>> warrantGrounds, Optional<ReactivePeriod> reactive,
            List<ReactivePeriod> reactiveHistory, ReactiveEligibility.Result reactiveEligibility,
            Optional<MappaArrangement> mappa, List<MappaMeeting> meetings, List<RiskAction> actions,
            Priority priority, OffenderLine signals) {
    }

    @Transactional(readOnly = true)
    public RiskView view(UUID offenderId, VigilUser user) {
        requireFullAccess(offenderId, user);
        audit.allowed(user, AuditAction.RISK_VIEWED, AuditObject.offender(offenderId), null);
        LocalDate today = today();
        List<RiskAssessment> assessments = store.assessments(offenderId);
        RiskHistory history = new RiskHistory(assessments);
        List<HomeVisit> visits = store.visits(offenderId);
        List<ReactivePeriod> periods = store.reactivePeriods(offenderId);
        OffenderLine line = store.line(offenderId, today).orElseThrow();
        StoredSchedule schedule = store.schedule(offenderId).orElseGet(() -> computeSchedule(offenderId));
        return new RiskView(offenderId, history.latest(),
                history.latest().map(a -> a.reviewOverdue(today)).orElse(false),
                newestFirst(history.oldestFirst()), schedule, schedule.due().overdue(today), newestFirst(visits),
                WarrantGrounds.assess(visits), periods.stream().filter(ReactivePeriod::current).findFirst(),
                newestFirst(periods), eligibility(history, line), store.arrangement(offenderId),
                newestFirst(store.meetings(offenderId)), store.actions(offenderId),
                PriorityRules.score(line.signals(), properties.weights()), line);
    }

    private static ReactiveEligibility.Result eligibility(RiskHistory history, OffenderLine line) {
        return ReactiveEligibility.check(history, line.signals().openWhereaboutsCase(),
                line.signals().missedNotifications() > 0, line.signals().asOf());
    }

    private static <T> List<T> newestFirst(List<T> oldestFirst) {
        List<T> list = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(list);
        return List.copyOf(list);
    }

    @Transactional
    public RiskAssessment recordAssessment(UUID offenderId, RiskInputs.Assessment in, VigilUser user) {
        requirePermission(user, Permission.RISK_WRITE, "record risk assessments");
        requireResponsible(offenderId, user);
        LocalDate today = today();
        Violations v = new Violations();
        if (v.require("tool", in.tool(), "is required: one of " + List.of(RiskTool.values()))
                && in.tool() == RiskTool.OTHER) {
            v.require("toolName", in.toolName(), "is required when the tool is OTHER");
        }
        v.maxLength("toolName", in.toolName(), 80);
        if (v.require("assessedOn", in.assessedOn(), "is required") && in.assessedOn().isAfter(today)) {
            v.add("assessedOn", "must not be in the future");
        }
        v.require("assessor", in.assessor(), "is required: who carried out the assessment");
        v.maxLength("assessor", in.assessor(), 120);
        v.maxLength("score", in.score(), 40);
        v.require("level", in.level(), "is required: one of " + List.of(RiskLevel.values()));
        if (in.nextReviewOn() != null && in.assessedOn() != null && !in.nextReviewOn().isAfter(in.assessedOn())) {
            v.add("nextReviewOn", "must be after the assessment date");
        }
        v.maxLength("notes", in.notes(), 1000);
        v.throwIfAny();
        RiskAssessment assessment = new RiskAssessment(Ids.next(), offenderId, in.tool(),
                in.tool() == RiskTool.OTHER ? clean(in.toolName()) : null, in.assessedOn(), clean(in.assessor()),
                clean(in.score()), in.level(),
                in.nextReviewOn() == null ? in.assessedOn().plusYears(1) : in.nextReviewOn(), clean(in.notes()),
                now(), user.username());
        store.addAssessment(assessment);
        RiskAssessment latest = new RiskHistory(store.assessments(offenderId)).latest().orElseThrow();
        store.setCurrent(latest);
        if (latest.level() != RiskLevel.LOW) {
            store.reactivePeriods(offenderId).stream().filter(ReactivePeriod::current).findFirst()
                    .ifPresent(p -> store.endReactive(p.id(), today, user.username(),
                            "Risk assessed as " + latest.level().label().toLowerCase(java.util.Locale.ROOT)));
        }
        recomputeSchedule(offenderId);
        audit.allowed(user, AuditAction.RISK_ASSESSMENT_RECORDED,
                AuditObject.of("risk-assessment", assessment.id(), offenderId), assessment.level().name());
        return assessment;
    }

    @Transactional
    public HomeVisit recordVisit(UUID offenderId, RiskInputs.Visit in, VigilUser user) {
        requirePermission(user, Permission.RISK_WRITE, "record home visits");
        requireResponsible(offenderId, user);
        Violations v = new Violations();
        if (v.require("visitedOn", in.visitedOn(), "is required") && in.visitedOn().isAfter(today())) {
            v.add("visitedOn", "must not be in the future");
        }
        List<String> officers = in.officers() == null ? List.of()
                : in.officers().stream().map(RiskService::clean).filter(o -> o != null).toList();
        if (officers.isEmpty()) {
            v.add("officers", "is required: at least one officer who made the visit");
        } else if (String.join("\n", officers).length() > 300) {
            v.add("officers", "must be at most 300 characters in all");
        }
        v.require("announced", in.announced(), "is required: whether the visit was announced");
        v.require("outcome", in.outcome(), "is required: one of " + List.of(uk.gov.vigil.risk.domain.VisitOutcome
                .values()));
        v.maxLength("concerns", in.concerns(), 2000);
        v.throwIfAny();
        HomeVisit visit = new HomeVisit(Ids.next(), offenderId, in.visitedOn(), officers, in.announced(),
                in.outcome(), clean(in.concerns()), Boolean.TRUE.equals(in.photographsTaken()), now(),
                user.username());
        store.addVisit(visit);
        recomputeSchedule(offenderId);
        audit.allowed(user, AuditAction.HOME_VISIT_RECORDED, AuditObject.of("home-visit", visit.id(), offenderId),
                visit.outcome().name());
        return visit;
    }

    @Transactional
    public ReactivePeriod startReactive(UUID offenderId, RiskInputs.Reactive in, VigilUser user) {
        requirePermission(user, Permission.REACTIVE_APPROVE, "approve reactive management");
        requireResponsible(offenderId, user);
        Violations v = new Violations();
        v.require("reason", in.reason(), "is required: why the offender can be managed reactively");
        v.maxLength("reason", in.reason(), 1000);
        v.throwIfAny();
        if (store.reactivePeriods(offenderId).stream().anyMatch(ReactivePeriod::current)) {
            throw new ConflictException("The offender is already under reactive management");
        }
        LocalDate today = today();
        ReactiveEligibility.Result eligible = eligibility(new RiskHistory(store.assessments(offenderId)),
                store.line(offenderId, today).orElseThrow());
        if (!eligible.eligible()) {
            throw new ConflictException("Not eligible for reactive management (" + ReactiveEligibility.SOURCE + "): "
                    + String.join("; ", eligible.reasons()));
        }
        ReactivePeriod period = new ReactivePeriod(Ids.next(), offenderId, today, clean(in.reason()),
                user.username(), now(), null, null, null);
        store.addReactive(period);
        recomputeSchedule(offenderId);
        audit.allowed(user, AuditAction.REACTIVE_MANAGEMENT_CHANGED, AuditObject.offender(offenderId), "STARTED");
        return period;
    }

    @Transactional
    public void endReactive(UUID offenderId, RiskInputs.Reactive in, VigilUser user) {
        requirePermission(user, Permission.REACTIVE_APPROVE, "end reactive management");
        requireResponsible(offenderId, user);
        Violations v = new Violations();
        v.require("reason", in.reason(), "is required: why routine visits resume");
        v.maxLength("reason", in.reason(), 300);
        v.throwIfAny();
        ReactivePeriod current = store.reactivePeriods(offenderId).stream().filter(ReactivePeriod::current)
                .findFirst().orElseThrow(() -> new ConflictException("The offender is not under reactive management"));
        store.endReactive(current.id(), today(), user.username(), clean(in.reason()));
        recomputeSchedule(offenderId);
        audit.allowed(user, AuditAction.REACTIVE_MANAGEMENT_CHANGED, AuditObject.offender(offenderId), "ENDED");
    }

    /**
     * Sets the MAPPA arrangement. Creating needs no version; changing needs the version the user saw.
     *
     * @param expectedVersion null to create
     */
    @Transactional
    public MappaArrangement setArrangement(UUID offenderId, Long expectedVersion, RiskInputs.Arrangement in,
            VigilUser user) {
        requirePermission(user, Permission.MAPPA_WRITE, "set MAPPA arrangements");
        requireResponsible(offenderId, user);
        Violations v = new Violations();
        v.require("category", in.category(), "is required: CATEGORY_1, CATEGORY_2 or CATEGORY_3");
        v.require("level", in.level(), "is required: LEVEL_1, LEVEL_2 or LEVEL_3");
        if (v.require("leadAgency", in.leadAgency(), "is required: the agency that leads the management")
                && agencies.byCode(in.leadAgency()).isEmpty()) {
            v.add("leadAgency", "is not a known agency code");
        }
        if (v.require("since", in.since(), "is required") && in.since().isAfter(today())) {
            v.add("since", "must not be in the future");
        }
        v.throwIfAny();
        Optional<MappaArrangement> current = store.arrangement(offenderId);
        if (current.isPresent()) {
            MappaArrangement was = current.get();
            if (expectedVersion == null) {
                throw new uk.gov.vigil.shared.web.PreconditionRequiredException(
                        "Changing the MAPPA arrangement needs If-Match with the version you saw");
            }
            if (was.version() != expectedVersion) {
                throw new StaleVersionException(was.version(), was.updatedBy(), was.updatedAt());
            }
            MappaArrangement changed = new MappaArrangement(offenderId, was.version() + 1, in.category(), in.level(),
                    in.leadAgency(), in.since(), now(), user.username());
            if (!store.replaceArrangement(changed, expectedVersion)) {
                MappaArrangement now = store.arrangement(offenderId).orElseThrow();
                throw new StaleVersionException(now.version(), now.updatedBy(), now.updatedAt());
            }
        } else {
            store.addArrangement(new MappaArrangement(offenderId, 1, in.category(), in.level(), in.leadAgency(),
                    in.since(), now(), user.username()));
        }
        audit.allowed(user, AuditAction.MAPPA_CHANGED, AuditObject.of("mappa", offenderId, offenderId),
                in.category().name() + " " + in.level().name());
        return store.arrangement(offenderId).orElseThrow();
    }

    /** A level 2 or 3 meeting with its minutes and the actions it agreed, all stored or none. */
    @Transactional
    public MappaMeeting recordMeeting(UUID offenderId, RiskInputs.Meeting in, VigilUser user) {
        requirePermission(user, Permission.MAPPA_WRITE, "record MAPPA meetings");
        requireResponsible(offenderId, user);
        MappaArrangement arrangement = store.arrangement(offenderId).orElseThrow(() -> new ConflictException(
                "Set the offender's MAPPA category and level before recording a meeting"));
        MappaLevel level = in.level() == null ? arrangement.level() : in.level();
        Violations v = new Violations();
        if (!level.holdsMeetings()) {
            v.add("level", "must be LEVEL_2 or LEVEL_3: level 1 cases are managed by the lead agency without "
                    + "MAPPA meetings");
        }
        if (v.require("heldOn", in.heldOn(), "is required") && in.heldOn().isAfter(today())) {
            v.add("heldOn", "must not be in the future");
        }
        List<MappaMeeting.Attendee> attendees = in.attendees() == null ? List.of() : in.attendees();
        if (attendees.isEmpty()) {
            v.add("attendees", "is required: who attended, by agency");
        }
        for (int i = 0; i < attendees.size(); i++) {
            MappaMeeting.Attendee a = attendees.get(i);
            String at = "attendees[" + i + "]";
            if (a == null) {
                v.add(at, "is required");
                continue;
            }
            if (v.require(at + ".agencyCode", a.agencyCode(), "is required")
                    && agencies.byCode(a.agencyCode()).isEmpty()) {
                v.add(at + ".agencyCode", "is not a known agency code");
            }
            v.require(at + ".name", a.name(), "is required: the attendee's name and role");
            v.maxLength(at + ".name", a.name(), 120);
        }
        v.require("minutes", in.minutes(), "is required");
        v.maxLength("minutes", in.minutes(), 8000);
        List<RiskInputs.Action> actions = in.actions() == null ? List.of() : in.actions();
        for (int i = 0; i < actions.size(); i++) {
            checkAction(v, "actions[" + i + "].", actions.get(i));
        }
        v.throwIfAny();
        MappaMeeting meeting = new MappaMeeting(Ids.next(), offenderId, in.heldOn(), level,
                attendees.stream().map(a -> new MappaMeeting.Attendee(a.agencyCode(), clean(a.name()))).toList(),
                in.minutes().strip(), now(), user.username());
        store.addMeeting(meeting);
        for (RiskInputs.Action a : actions) {
            store.addAction(newAction(offenderId, meeting.id(), a, user));
        }
        audit.allowed(user, AuditAction.MAPPA_MEETING_RECORDED, AuditObject.of("mappa-meeting", meeting.id(),
                offenderId), level.name());
        return meeting;
    }

    /** An action in the offender's risk management plan, outside any meeting. */
    @Transactional
    public RiskAction addPlanAction(UUID offenderId, RiskInputs.Action in, VigilUser user) {
        if (!user.can(Permission.RISK_WRITE) && !user.can(Permission.MAPPA_WRITE)) {
            throw new AccessDeniedException("Your role does not allow you to add risk management plan actions");
        }
        requireResponsible(offenderId, user);
        Violations v = new Violations();
        checkAction(v, "", in);
        v.throwIfAny();
        RiskAction action = newAction(offenderId, null, in, user);
        store.addAction(action);
        audit.allowed(user, AuditAction.RISK_ACTION_RECORDED, AuditObject.of("risk-action", action.id(), offenderId),
                null);
        return action;
    }

    /** Moves an action on. Its owner may, and so may anyone who could add it. */
    @Transactional
    public RiskAction changeActionStatus(UUID actionId, long expectedVersion, ActionStatus status, VigilUser user) {
        RiskAction action = store.action(actionId)
                .orElseThrow(() -> new NotFoundException("No risk management action has the id " + actionId));
        boolean owner = user.username().equals(action.ownerUsername());
        if (!owner && !user.can(Permission.RISK_WRITE) && !user.can(Permission.MAPPA_WRITE)) {
            throw new AccessDeniedException("Only the action's owner, or someone who manages the offender's risk, "
                    + "can change it");
        }
        requireResponsible(action.offenderId(), user);
        if (status == null) {
            throw new InvalidInputException("status", "is required: OPEN, DONE or CANCELLED");
        }
        if (action.version() != expectedVersion) {
            throw new StaleVersionException(action.version(), action.updatedBy(), action.updatedAt());
        }
        if (!action.status().canMoveTo(status)) {
            throw new ConflictException("status", "an action that is " + action.status() + " can move only to "
                    + action.status().next());
        }
        RiskAction changed = new RiskAction(action.id(), action.offenderId(), action.meetingId(),
                action.description(), action.owner(), action.ownerAgency(), action.ownerUsername(), action.dueOn(),
                status, action.version() + 1, now(), user.username());
        if (!store.replaceAction(changed, expectedVersion)) {
            RiskAction now = store.action(actionId).orElseThrow();
            throw new StaleVersionException(now.version(), now.updatedBy(), now.updatedAt());
        }
        audit.allowed(user, AuditAction.RISK_ACTION_CHANGED, AuditObject.of("risk-action", actionId,
                action.offenderId()), status.name());
        return changed;
    }

    private void checkAction(Violations v, String prefix, RiskInputs.Action a) {
        if (a == null) {
            v.add(prefix.isEmpty() ? "action" : prefix.substring(0, prefix.length() - 1), "is required");
            return;
        }
        v.require(prefix + "description", a.description(), "is required: what must be done");
        v.maxLength(prefix + "description", a.description(), 500);
        v.require(prefix + "owner", a.owner(), "is required: who must do it");
        v.maxLength(prefix + "owner", a.owner(), 120);
        if (v.require(prefix + "ownerAgency", a.ownerAgency(), "is required: the owner's agency")
                && agencies.byCode(a.ownerAgency()).isEmpty()) {
            v.add(prefix + "ownerAgency", "is not a known agency code");
        }
        if (clean(a.ownerUsername()) != null && users.find(a.ownerUsername().strip()).isEmpty()) {
            v.add(prefix + "ownerUsername", "is not a Vigil user; leave it empty for an owner without an account");
        }
        v.require(prefix + "dueOn", a.dueOn(), "is required");
    }

    private RiskAction newAction(UUID offenderId, UUID meetingId, RiskInputs.Action a, VigilUser user) {
        return new RiskAction(Ids.next(), offenderId, meetingId, a.description().strip(), clean(a.owner()),
                a.ownerAgency(), clean(a.ownerUsername()), a.dueOn(), ActionStatus.OPEN, 1, now(), user.username());
    }

    /** One offender's risk management to import, with the record's status, which the schedule needs. */
    public record ImportRow(UUID offenderId, RecordStatus status, RiskInputs.History history) {
    }

    /**
     * Records risk management that happened before Vigil, as a migration or the demo register does, for a batch of
     * offenders at once: no signed-in user, nothing audited as a user's act, one JDBC batch per table. Reactive
     * management is recorded only where the rule finds the offender eligible.
     *
     * @return how many were put under reactive management
     */
    @Transactional
    public int importHistories(List<ImportRow> rows, String actor) {
        Instant now = now();
        LocalDate today = today();
        List<RiskAssessment> assessments = new ArrayList<>();
        List<RiskAssessment> currents = new ArrayList<>();
        List<HomeVisit> visits = new ArrayList<>();
        List<MappaArrangement> arrangements = new ArrayList<>();
        List<MappaMeeting> meetings = new ArrayList<>();
        List<RiskAction> actions = new ArrayList<>();
        List<ReactivePeriod> reactive = new ArrayList<>();
        List<StoredSchedule> schedules = new ArrayList<>();
        for (ImportRow row : rows) {
            UUID id = row.offenderId();
            RiskInputs.History h = row.history();
            List<RiskAssessment> own = h.assessments().stream().map(a -> new RiskAssessment(Ids.next(), id,
                    a.tool(), a.toolName(), a.assessedOn(), a.assessor(), a.score(), a.level(),
                    a.nextReviewOn() == null ? a.assessedOn().plusYears(1) : a.nextReviewOn(), a.notes(), now, actor))
                    .toList();
            assessments.addAll(own);
            RiskHistory history = new RiskHistory(own);
            history.latest().ifPresent(currents::add);
            List<HomeVisit> ownVisits = h.visits().stream().map(v -> new HomeVisit(Ids.next(), id,
                    v.visitedOn(), v.officers(), v.announced(), v.outcome(), v.concerns(),
                    Boolean.TRUE.equals(v.photographsTaken()), now, actor)).toList();
            visits.addAll(ownVisits);
            if (h.mappa() != null) {
                RiskInputs.Arrangement m = h.mappa();
                arrangements.add(new MappaArrangement(id, 1, m.category(), m.level(), m.leadAgency(), m.since(), now,
                        actor));
                if (h.meeting() != null && m.level().holdsMeetings()) {
                    RiskInputs.Meeting in = h.meeting();
                    MappaMeeting meeting = new MappaMeeting(Ids.next(), id, in.heldOn(), m.level(),
                            in.attendees(), in.minutes(), now, actor);
                    meetings.add(meeting);
                    for (RiskInputs.Action a : in.actions()) {
                        actions.add(new RiskAction(Ids.next(), id, meeting.id(), a.description(), a.owner(),
                                a.ownerAgency(), a.ownerUsername(), a.dueOn(), ActionStatus.OPEN, 1, now, actor));
                    }
                }
            }
            LocalDate reactiveSince = null;
            // The history alone rules most out; only the rest need the record's cases and notifications read.
            if (h.reactiveReason() != null && ReactiveEligibility.check(history, false, false, today).eligible()
                    && eligibility(history, store.line(id, today).orElseThrow()).eligible()) {
                reactive.add(new ReactivePeriod(Ids.next(), id, today, h.reactiveReason(), actor, now, null,
                        null, null));
                reactiveSince = today;
            }
            schedules.add(schedule(id, row.status(), history, ownVisits, reactiveSince, now));
        }
        store.addAll(new RiskStore.Imported(assessments, currents, visits, arrangements, meetings, actions, reactive,
                schedules));
        return reactive.size();
    }

    /** Recomputes and stores the offender's visit schedule, with the rule version and its inputs. */
    @Transactional
    public StoredSchedule recomputeSchedule(UUID offenderId) {
        StoredSchedule schedule = computeSchedule(offenderId);
        store.saveSchedule(schedule);
        return schedule;
    }

    private StoredSchedule computeSchedule(UUID offenderId) {
        OffenderRecord record = offenders.findWithoutAccessCheck(new OffenderId(offenderId))
                .orElseThrow(() -> new NotFoundException("No offender has the id " + offenderId));
        LocalDate reactiveSince = store.reactivePeriods(offenderId).stream().filter(ReactivePeriod::current)
                .map(ReactivePeriod::startedOn).findFirst().orElse(null);
        return schedule(offenderId, record.details().status(), new RiskHistory(store.assessments(offenderId)),
                store.visits(offenderId), reactiveSince, now());
    }

    private StoredSchedule schedule(UUID offenderId, RecordStatus status, RiskHistory history, List<HomeVisit> visits,
            LocalDate reactiveSince, Instant at) {
        LocalDate lastCompleted = visits.stream().filter(v -> v.outcome().completesVisit())
                .map(HomeVisit::visitedOn).max(LocalDate::compareTo).orElse(null);
        VisitSchedule.Inputs inputs = new VisitSchedule.Inputs(status == RecordStatus.ACTIVE, status.name(),
                history.level().orElse(null), history.levelSince().orElse(null),
                history.previousLevel().orElse(null), history.firstAssessed().orElse(null), lastCompleted,
                reactiveSince);
        VisitDue due = VisitSchedule.next(inputs, properties.visitPolicy());
        return new StoredSchedule(offenderId, due, VisitSchedule.VERSION, json.writeValueAsString(inputs), at);
    }

    private void requireFullAccess(UUID offenderId, VigilUser user) {
        offenders.recordUserMaySeeInFull(new OffenderId(offenderId), user,
                "Risk management is shown only to agencies responsible for the offender");
    }

    /** For changes: the user's own agency must hold the case; a read-only full-access grant is not enough. */
    private void requireResponsible(UUID offenderId, VigilUser user) {
        offenders.recordUserIsResponsibleFor(new OffenderId(offenderId), user,
                "Risk management is recorded only by agencies responsible for the offender");
    }

    private static void requirePermission(VigilUser user, Permission permission, String what) {
        if (!user.can(permission)) {
            throw new AccessDeniedException("Your role does not allow you to " + what);
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), EnglandAndWales.ZONE);
    }
}
