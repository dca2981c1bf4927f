package uk.gov.vigil.risk.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.risk.domain.Priority;
import uk.gov.vigil.risk.domain.PriorityRules;
import uk.gov.vigil.risk.domain.RiskStore;
import uk.gov.vigil.risk.domain.RiskStore.ManagerCaseload;
import uk.gov.vigil.risk.domain.RiskStore.OffenderLine;
import uk.gov.vigil.risk.domain.VisitDue;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;

/**
 * Whom to see first, what is due, and how the work is shared: each manager's offenders ordered by the priority
 * score, the tasks that come from due visits, reviews and actions, and the caseload per manager for supervisors.
 */
@Service
public class CaseloadService {

    private final RiskStore store;
    private final UserDirectory users;
    private final PriorityProperties properties;
    private final Clock clock;
    private final AuditLog audit;

    CaseloadService(RiskStore store, UserDirectory users, PriorityProperties properties, Clock clock, AuditLog audit) {
        this.store = store;
        this.users = users;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    /** One offender in a priority list. */
    public record Prioritised(OffenderLine line, Priority priority, boolean visitOverdue, boolean reviewOverdue) {
    }

    /** Which offenders a priority list covers. */
    public enum Scope {
        /** The offenders the user manages. */
        MINE,
        /** Every offender the user's agency manages: supervisors only. */
        AGENCY,
        /** The agency's offenders with no manager: supervisors only. */
        UNASSIGNED
    }

    /** The offenders in scope, highest priority first; ties by name. */
    @Transactional(readOnly = true)
    public List<Prioritised> priorities(Scope scope, VigilUser user) {
        if (!user.can(Permission.OFFENDER_READ)) {
            throw new AccessDeniedException("Your role does not allow you to list offenders");
        }
        if (scope != Scope.MINE && !user.can(Permission.TEAM_WORKLOAD_READ)) {
            throw new AccessDeniedException("Only supervisors can list their whole agency by priority");
        }
        audit.allowed(user, AuditAction.PRIORITIES_LISTED, AuditObject.of("priority-list", user.agencyCode()),
                scope.name());
        LocalDate today = today();
        List<OffenderLine> lines = store.lines(user.agencyCode(), scope == Scope.MINE ? user.username() : null,
                scope == Scope.UNASSIGNED, today, user.username());
        return lines.stream().map(l -> prioritise(l, today))
                .sorted(Comparator.comparingInt((Prioritised p) -> p.priority().score()).reversed()
                        .thenComparing(p -> p.line().familyName()).thenComparing(p -> p.line().givenNames())
                        .thenComparing(p -> p.line().offenderId()))
                .toList();
    }

    private Prioritised prioritise(OffenderLine line, LocalDate today) {
        return new Prioritised(line, PriorityRules.score(line.signals(), properties.weights()),
                line.scheduleKind() == VisitDue.Kind.SCHEDULED && line.visitDueOn().isBefore(today),
                line.reviewDueOn() != null && line.reviewDueOn().isBefore(today));
    }

    /** Something to do for one offender, with its due date. */
    public record WorkTask(Kind kind, UUID offenderId, String givenNames, String familyName, String title,
            LocalDate dueOn, boolean overdue, UUID actionId, long actionVersion) {

        public enum Kind {
            HOME_VISIT,
            RISK_REVIEW,
            ACTION
        }
    }

    /**
     * The user's tasks: home visits and risk reviews due within the configured days (or overdue) for offenders
     * they manage, and open actions they own, soonest first.
     */
    @Transactional(readOnly = true)
    public List<WorkTask> tasks(VigilUser user) {
        if (!user.can(Permission.OFFENDER_READ)) {
            throw new AccessDeniedException("Your role does not allow you to list tasks");
        }
        audit.allowed(user, AuditAction.TASKS_LISTED, AuditObject.of("risk-task-list", user.username()), null);
        LocalDate today = today();
        LocalDate soon = today.plusDays(properties.soonDays());
        List<WorkTask> tasks = new ArrayList<>();
        for (OffenderLine l : store.lines(user.agencyCode(), user.username(), false, today, user.username())) {
            if (l.scheduleKind() == VisitDue.Kind.SCHEDULED && !l.visitDueOn().isAfter(soon)) {
                tasks.add(new WorkTask(WorkTask.Kind.HOME_VISIT, l.offenderId(), l.givenNames(), l.familyName(),
                        "Home visit", l.visitDueOn(), l.visitDueOn().isBefore(today), null, 0));
            }
            if (l.reviewDueOn() != null && !l.reviewDueOn().isAfter(soon)) {
                tasks.add(new WorkTask(WorkTask.Kind.RISK_REVIEW, l.offenderId(), l.givenNames(), l.familyName(),
                        "Review the risk assessment", l.reviewDueOn(), l.reviewDueOn().isBefore(today), null, 0));
            }
        }
        for (RiskStore.ActionLine a : store.openActionsFor(user.username())) {
            tasks.add(new WorkTask(WorkTask.Kind.ACTION, a.action().offenderId(), a.givenNames(), a.familyName(),
                    a.action().description(), a.action().dueOn(), a.action().overdue(today), a.action().id(),
                    a.action().version()));
        }
        tasks.sort(Comparator.comparing(WorkTask::dueOn).thenComparing(WorkTask::familyName)
                .thenComparing(WorkTask::kind));
        return tasks;
    }

    /**
     * The agency's caseload per manager, against the target.
     *
     * @param managers every manager of the agency, including those with no offenders; the unassigned row has a
     *                 null manager
     */
    public record Caseload(int target, int dueWithinDays, List<ManagerCaseload> managers, ManagerCaseload unassigned) {
    }

    @Transactional(readOnly = true)
    public Caseload caseload(VigilUser user) {
        if (!user.can(Permission.TEAM_WORKLOAD_READ)) {
            throw new AccessDeniedException("Only supervisors can see their agency's caseloads");
        }
        audit.allowed(user, AuditAction.CASELOAD_VIEWED, AuditObject.of("caseload", user.agencyCode()), null);
        LocalDate today = today();
        Map<String, ManagerCaseload> byManager = new LinkedHashMap<>();
        for (VigilUser u : users.usersOf(user.agencyCode(), EnumSet.of(Role.OFFENDER_MANAGER, Role.SUPERVISOR))) {
            byManager.put(u.username(), new ManagerCaseload(u.username(), u.displayName(), 0, 0, 0, 0, 0, 0));
        }
        ManagerCaseload unassigned = new ManagerCaseload(null, null, 0, 0, 0, 0, 0, 0);
        for (ManagerCaseload row : store.caseload(user.agencyCode(), today, today.plusDays(properties.soonDays()))) {
            if (row.manager() == null) {
                unassigned = row;
            } else {
                byManager.put(row.manager(), row);
            }
        }
        List<ManagerCaseload> managers = new ArrayList<>(byManager.values());
        managers.sort(Comparator.comparingInt(ManagerCaseload::offenders).reversed()
                .thenComparing(ManagerCaseload::manager));
        return new Caseload(properties.target(), properties.soonDays(), managers, unassigned);
    }

    /** The people an offender can be given to: the agency's offender managers and supervisors. */
    @Transactional(readOnly = true)
    public List<VigilUser> managers(VigilUser user) {
        return users.usersOf(user.agencyCode(), EnumSet.of(Role.OFFENDER_MANAGER, Role.SUPERVISOR));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), EnglandAndWales.ZONE);
    }
}
