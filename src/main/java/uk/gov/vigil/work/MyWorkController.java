package uk.gov.vigil.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.audit.application.AuditService;
import uk.gov.vigil.compliance.application.ComplianceService;
import uk.gov.vigil.compliance.domain.ComplianceStore.DueItem;
import uk.gov.vigil.compliance.domain.ObligationState;
import uk.gov.vigil.compliance.domain.Task;
import uk.gov.vigil.risk.application.CaseloadService;
import uk.gov.vigil.risk.application.CaseloadService.Prioritised;
import uk.gov.vigil.risk.application.CaseloadService.WorkTask;
import uk.gov.vigil.risk.domain.Priority;
import uk.gov.vigil.risk.domain.VisitDue;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.whereabouts.application.WhereaboutsService;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCases.OpenCase;

/** The home page: what needs doing, overdue first. Each list comes through its service's own access checks. */
@Controller
class MyWorkController {

    /** How far ahead "due soon" looks. */
    static final int DUE_WITHIN_DAYS = 7;

    /** How many of an offender's factors "whom to see first" names. */
    static final int TOP_FACTORS = 3;

    private final ComplianceService compliance;
    private final WhereaboutsService whereabouts;
    private final CaseloadService caseload;
    private final AuditService audit;
    private final Clock clock;

    MyWorkController(ComplianceService compliance, WhereaboutsService whereabouts, CaseloadService caseload,
            AuditService audit, Clock clock) {
        this.compliance = compliance;
        this.whereabouts = whereabouts;
        this.caseload = caseload;
        this.audit = audit;
        this.clock = clock;
    }

    /** One of the user's tasks, whichever service it came from. */
    public record TaskLine(String title, UUID offenderId, String offenderName, LocalDate dueOn, boolean overdue) {
    }

    /** One offender in "whom to see first". */
    public record PriorityLine(UUID offenderId, String name, int score, String factors, LocalDate visitDueOn,
            boolean visitOverdue, boolean reviewOverdue) {
    }

    @GetMapping("/")
    String myWork(VigilUser user, Model model) {
        model.addAttribute("auditAlerts", audit.alerts(user));
        if (user.can(Permission.OFFENDER_READ)) {
            LocalDate today = LocalDate.now(clock.withZone(EnglandAndWales.ZONE));
            List<DueItem> due = compliance.dueList(null, DUE_WITHIN_DAYS, user);
            List<DueItem> overdue = due.stream().filter(d -> d.state() == ObligationState.MISSED).toList();
            List<DueItem> soon = due.stream().filter(d -> d.state() != ObligationState.MISSED).toList();
            List<OpenCase> cases = whereabouts.openCases(null, user);
            model.addAttribute("overdue", overdue);
            model.addAttribute("dueSoon", soon);
            model.addAttribute("tasks", tasks(compliance.tasks(user, false), caseload.tasks(user), today));
            model.addAttribute("cases", cases);
            model.addAttribute("priorities", caseload.priorities(CaseloadService.Scope.MINE, user).stream()
                    .map(MyWorkController::line).toList());
            if (user.can(Permission.TEAM_WORKLOAD_READ)) {
                model.addAttribute("workload", compliance.workload(DUE_WITHIN_DAYS, user));
            }
        }
        return "my-work";
    }

    /** The compliance tasks and the risk tasks in one list, soonest first. */
    static List<TaskLine> tasks(List<Task> complianceTasks, List<WorkTask> riskTasks, LocalDate today) {
        List<TaskLine> lines = new ArrayList<>();
        for (Task t : complianceTasks) {
            lines.add(new TaskLine(t.title(), t.offenderId(), null, t.dueDate(),
                    t.dueDate() != null && t.dueDate().isBefore(today)));
        }
        for (WorkTask t : riskTasks) {
            lines.add(new TaskLine(t.title(), t.offenderId(), t.familyName() + ", " + t.givenNames(), t.dueOn(),
                    t.overdue()));
        }
        lines.sort(Comparator.comparing(TaskLine::dueOn, Comparator.nullsLast(Comparator.naturalOrder())));
        return lines;
    }

    private static PriorityLine line(Prioritised p) {
        String factors = p.priority().factors().stream()
                .sorted(Comparator.comparingInt(Priority.Factor::points).reversed())
                .limit(TOP_FACTORS)
                .map(f -> f.explanation() + " (" + f.points() + ")")
                .collect(Collectors.joining(", "));
        return new PriorityLine(p.line().offenderId(), p.line().familyName() + ", " + p.line().givenNames(),
                p.priority().score(), factors,
                p.line().scheduleKind() == VisitDue.Kind.SCHEDULED ? p.line().visitDueOn() : null, p.visitOverdue(),
                p.reviewOverdue());
    }
}
