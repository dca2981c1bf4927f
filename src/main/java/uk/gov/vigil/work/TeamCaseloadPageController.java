package uk.gov.vigil.work;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.risk.application.CaseloadService;
import uk.gov.vigil.risk.application.CaseloadService.Prioritised;
import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.NotFoundException;
import uk.gov.vigil.shared.StaleVersionException;

/**
 * The supervisor's view of the agency's caseload: each manager's offenders against the target with what is due,
 * the unassigned, and the agency's offenders by priority with a form to give the chosen ones to a manager. Each
 * offender is reassigned on its own, with the version the supervisor saw: one changed meanwhile is reported and
 * left as it is, and the rest still move.
 */
@Controller
class TeamCaseloadPageController {

    static final String UNASSIGNED = "";

    private final CaseloadService caseload;
    private final OffenderService offenders;

    TeamCaseloadPageController(CaseloadService caseload, OffenderService offenders) {
        this.caseload = caseload;
        this.offenders = offenders;
    }

    /**
     * What a reassignment did, offender by offender, named as the list showed them. Serializable because it is
     * carried across the redirect as a flash attribute, in the session, which is kept in the database.
     */
    public record Outcome(List<String> reassigned, List<String> changedMeanwhile, List<String> refused)
            implements java.io.Serializable {
    }

    /** @param list {@code unassigned} for only the offenders nobody manages; otherwise the whole agency */
    @GetMapping("/caseload")
    String caseload(@RequestParam(required = false) String list, VigilUser user, Model model) {
        return show(list, List.of(), null, user, model);
    }

    @PostMapping("/caseload/reassign")
    String reassign(@RequestParam(required = false) String list,
            @RequestParam(name = "offender", required = false) List<UUID> chosen,
            @RequestParam Map<String, String> form, VigilUser user, Model model, RedirectAttributes redirect) {
        String manager = form.get("manager");
        if (!user.can(Permission.CASELOAD_ASSIGN)) {
            throw new AccessDeniedException("Your role does not allow you to reassign offenders");
        }
        List<FieldViolation> errors = new ArrayList<>();
        if (chosen == null || chosen.isEmpty()) {
            errors.add(new FieldViolation("offenders", "Select the offenders to reassign"));
        }
        boolean known = manager != null && (manager.equals(UNASSIGNED)
                || caseload.managers(user).stream().anyMatch(u -> u.username().equals(manager)));
        if (!known) {
            errors.add(new FieldViolation("manager", "Select who should manage them, or Unassigned"));
        }
        if (!errors.isEmpty()) {
            return show(list, errors, manager, user, model);
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        caseload.priorities(CaseloadService.Scope.AGENCY, user)
                .forEach(p -> names.put(p.line().offenderId(), p.line().familyName() + ", " + p.line().givenNames()));
        List<String> done = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (UUID id : chosen) {
            String name = names.getOrDefault(id, "An offender no longer in your agency's active list");
            Long version = version(form.get("version-" + id));
            if (version == null) {
                refused.add(name + ": the page did not say which version you saw; open the page again");
                continue;
            }
            try {
                offenders.reassign(new OffenderId(id), version, manager.equals(UNASSIGNED) ? null : manager, user);
                done.add(name);
            } catch (StaleVersionException changed) {
                stale.add(name + ": changed by " + changed.changedBy() + " at " + RiskForms.when(changed.changedAt()));
            } catch (InvalidInputException | ConflictException | NotFoundException | AccessDeniedException e) {
                refused.add(name + ": " + (e instanceof InvalidInputException invalid
                        ? invalid.violations().get(0).message() : e.getMessage()));
            }
        }
        redirect.addFlashAttribute("outcome", new Outcome(done, stale, refused));
        redirect.addFlashAttribute("assignedTo", manager.equals(UNASSIGNED) ? "Unassigned" : manager);
        return "redirect:/caseload" + ("unassigned".equals(list) ? "?list=unassigned" : "");
    }

    private String show(String list, List<FieldViolation> errors, String manager, VigilUser user, Model model) {
        boolean unassigned = "unassigned".equals(list);
        model.addAttribute("caseload", caseload.caseload(user));
        List<Prioritised> offendersListed = caseload.priorities(unassigned ? CaseloadService.Scope.UNASSIGNED
                : CaseloadService.Scope.AGENCY, user);
        model.addAttribute("offenders", offendersListed);
        model.addAttribute("unassignedOnly", unassigned);
        model.addAttribute("managers", caseload.managers(user));
        model.addAttribute("canAssign", user.can(Permission.CASELOAD_ASSIGN));
        model.addAttribute("chosenManager", manager);
        model.addAttribute("errors", errors.isEmpty() ? null : errors);
        return "team-caseload";
    }

    private static Long version(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
