package uk.gov.vigil.work;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.compliance.application.ComplianceService;
import uk.gov.vigil.compliance.domain.ComplianceStore.DueItem;
import uk.gov.vigil.compliance.domain.ObligationState;
import uk.gov.vigil.compliance.domain.Task;
import uk.gov.vigil.whereabouts.application.WhereaboutsService;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCases.OpenCase;

/** The home page: what needs doing, overdue first. Each list comes through its service's own access checks. */
@Controller
class MyWorkController {

    /** How far ahead "due soon" looks. */
    static final int DUE_WITHIN_DAYS = 7;

    private final ComplianceService compliance;
    private final WhereaboutsService whereabouts;

    MyWorkController(ComplianceService compliance, WhereaboutsService whereabouts) {
        this.compliance = compliance;
        this.whereabouts = whereabouts;
    }

    @GetMapping("/")
    String myWork(VigilUser user, Model model) {
        if (user.can(Permission.OFFENDER_READ)) {
            List<DueItem> due = compliance.dueList(null, DUE_WITHIN_DAYS, user);
            List<DueItem> overdue = due.stream().filter(d -> d.state() == ObligationState.MISSED).toList();
            List<DueItem> soon = due.stream().filter(d -> d.state() != ObligationState.MISSED).toList();
            List<Task> tasks = compliance.tasks(user, false);
            List<OpenCase> cases = whereabouts.openCases(null, user);
            model.addAttribute("overdue", overdue);
            model.addAttribute("dueSoon", soon);
            model.addAttribute("tasks", tasks);
            model.addAttribute("cases", cases);
            if (user.can(Permission.TEAM_WORKLOAD_READ)) {
                model.addAttribute("workload", compliance.workload(DUE_WITHIN_DAYS, user));
            }
        }
        return "my-work";
    }
}
