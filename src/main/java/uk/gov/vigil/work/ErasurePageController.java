package uk.gov.vigil.work;

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
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.application.OffenderView;
import uk.gov.vigil.offender.domain.ErasureReason;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.StaleVersionException;

/**
 * Erasing a record, for administrators: the page shows what will go, asks for the reason, the decision's reference
 * and the current code from the authenticator app, and erases only when all three are right.
 */
@Controller
class ErasurePageController {

    private final OffenderService offenders;

    ErasurePageController(OffenderService offenders) {
        this.offenders = offenders;
    }

    @GetMapping("/offenders/{id}/erase")
    String confirm(@PathVariable UUID id, VigilUser user, Model model) {
        mayErase(user);
        return form(full(id, user), null, null, null, model);
    }

    @PostMapping("/offenders/{id}/erase")
    String erase(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) ErasureReason reason,
            @RequestParam(required = false) String decisionReference, @RequestParam(required = false) String code,
            VigilUser user, Model model, RedirectAttributes redirect) {
        mayErase(user);
        OffenderId offender = new OffenderId(id);
        if (!offenders.recordUserMayBeChangedBy(offender, user)) {
            full(id, user); // answers not found, erased or refused, as the record page would
            throw new AccessDeniedException("You cannot erase the record " + id);
        }
        List<FieldViolation> errors;
        try {
            List<OffenderId> erased = offenders.erase(offender, version, reason, decisionReference, code, user);
            redirect.addFlashAttribute("erasedCount", erased.size());
            redirect.addFlashAttribute("erasedReference", decisionReference.strip());
            return "redirect:/erasures/done";
        } catch (InvalidInputException invalid) {
            errors = invalid.violations().stream().map(v -> new FieldViolation(v.field(), message(v))).toList();
        } catch (ConflictException refused) {
            errors = List.of(new FieldViolation("reason", "This record cannot be erased for that reason: "
                    + refused.getMessage()));
        } catch (StaleVersionException stale) {
            errors = List.of(new FieldViolation("reason", stale.changedBy() + " changed the record after you opened"
                    + " this page; nothing was erased. Check it again below"));
        } catch (AccessDeniedException stepUpRefused) {
            // The user may change the record (checked above), so only the second factor can have been refused.
            errors = List.of(new FieldViolation("code", "Enter the current 6-digit code from your authenticator app"));
        }
        return form(full(id, user), reason, decisionReference, errors, model);
    }

    @GetMapping("/erasures/done")
    String done() {
        return "erase-done";
    }

    private static String message(FieldViolation v) {
        return switch (v.field()) {
            case "reason" -> "Select why the record is being erased";
            case "decisionReference" -> v.message().startsWith("is required")
                    ? "Enter the reference of the decision to erase this record"
                    : "Decision reference " + v.message();
            default -> v.message();
        };
    }

    private String form(OffenderRecord record, ErasureReason reason, String decisionReference,
            List<FieldViolation> errors, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("mergedCount", offenders.mergedInto(record.id()).size());
        model.addAttribute("reasons", ErasureReason.values());
        model.addAttribute("reason", reason);
        model.addAttribute("decisionReference", decisionReference);
        model.addAttribute("errors", errors);
        return "erase-confirm";
    }

    private OffenderRecord full(UUID id, VigilUser user) {
        if (offenders.read(new OffenderId(id), user) instanceof OffenderView.Full full) {
            return full.record();
        }
        throw new AccessDeniedException("You cannot see the record " + id + " in full");
    }

    private static void mayErase(VigilUser user) {
        if (!user.can(Permission.RECORD_ERASE)) {
            throw new AccessDeniedException("Only administrators can erase records");
        }
    }
}
