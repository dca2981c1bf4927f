package uk.gov.vigil.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.audit.application.AuditService;
import uk.gov.vigil.audit.domain.AuditEvent;
import uk.gov.vigil.compliance.application.ComplianceService;
import uk.gov.vigil.offender.RecordMergedException;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.application.OffenderView;
import uk.gov.vigil.offender.domain.FullAccessReason;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.risk.application.RiskService;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.whereabouts.application.WhereaboutsService;

/**
 * The offender record page. Staff of a responsible agency see the whole record in sections (tabs that work as
 * links without JavaScript); anyone else with read access sees the summary, the managing agency's contact point,
 * and a form to open the record in full with a stated reason.
 */
@Controller
class OffenderPageController {

    private final OffenderService offenders;
    private final ComplianceService compliance;
    private final WhereaboutsService whereabouts;
    private final RiskService risk;

    private final AuditService audit;
    private final Clock clock;

    OffenderPageController(OffenderService offenders, ComplianceService compliance, WhereaboutsService whereabouts,
            RiskService risk, AuditService audit, Clock clock) {
        this.risk = risk;
        this.audit = audit;
        this.clock = clock;
        this.offenders = offenders;
        this.compliance = compliance;
        this.whereabouts = whereabouts;
    }

    @GetMapping("/offenders/{id}")
    String record(@PathVariable UUID id, VigilUser user, Model model, RedirectAttributes redirect) {
        try {
            return show(id, user, model);
        } catch (RecordMergedException merged) {
            redirect.addFlashAttribute("mergedFrom", merged.mergedId());
            return "redirect:/offenders/" + merged.keptId();
        }
    }

    private String show(UUID id, VigilUser user, Model model) {
        OffenderView view = offenders.read(new OffenderId(id), user);
        model.addAttribute("reasons", FullAccessReason.values());
        if (view instanceof OffenderView.Full full) {
            model.addAttribute("record", full.record());
            model.addAttribute("details", full.record().details());
            model.addAttribute("compliance", compliance.view(id, user));
            model.addAttribute("cases", whereabouts.casesOf(id, user));
            model.addAttribute("canWrite", offenders.recordUserMayBeChangedBy(new OffenderId(id), user));
            model.addAttribute("risk", risk.view(id, user));
            model.addAttribute("today", LocalDate.now(clock.withZone(EnglandAndWales.ZONE)));
            boolean responsible = offenders.userIsResponsibleFor(new OffenderId(id), user);
            model.addAttribute("canRecordRisk", responsible && user.can(Permission.RISK_WRITE));
            model.addAttribute("canManageMappa", responsible && user.can(Permission.MAPPA_WRITE));
            model.addAttribute("canAddActions", responsible
                    && (user.can(Permission.RISK_WRITE) || user.can(Permission.MAPPA_WRITE)));
            model.addAttribute("canApproveReactive", responsible && user.can(Permission.REACTIVE_APPROVE));
            if (user.can(Permission.AUDIT_READ) || user.can(Permission.AUDIT_READ_AGENCY)) {
                model.addAttribute("viewers", whoViewed(id, user));
            }
            return "offender";
        }
        model.addAttribute("summary", view);
        return "offender-summary";
    }

    /** Who consulted or changed the record in the last year, for supervisors and auditors; empty if not theirs. */
    private List<AuditEvent> whoViewed(UUID id, VigilUser user) {
        LocalDate today = LocalDate.now(clock.withZone(EnglandAndWales.ZONE));
        try {
            return audit.ask(new AuditService.Question(id, null, today.minusYears(1), today), user).events();
        } catch (AccessDeniedException notTheirAgency) {
            return List.of();
        }
    }

    @PostMapping("/offenders/{id}/full-access")
    String requestFullAccess(@PathVariable UUID id, @RequestParam(required = false) FullAccessReason reason,
            @RequestParam(required = false) String explanation, VigilUser user, Model model) {
        try {
            offenders.requestFullAccess(new OffenderId(id), reason, explanation, user);
            return "redirect:/offenders/" + id;
        } catch (InvalidInputException invalid) {
            List<FieldViolation> errors = invalid.violations().stream().map(v -> new FieldViolation(v.field(),
                    switch (v.field()) {
                        case "reason" -> "Select why you need the full record";
                        case "explanation" -> v.message().startsWith("is required")
                                ? "Explain briefly why you need the full record"
                                : "Keep the explanation to 500 characters or fewer";
                        default -> v.message();
                    })).toList();
            model.addAttribute("errors", errors);
            model.addAttribute("explanation", explanation);
            model.addAttribute("reason", reason);
            return show(id, user, model);
        }
    }
}
