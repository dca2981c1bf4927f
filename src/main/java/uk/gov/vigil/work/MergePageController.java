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
import uk.gov.vigil.offender.RecordMergedException;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.application.OffenderView;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.search.application.SearchService;
import uk.gov.vigil.search.domain.BirthDateQuery;
import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.NotFoundException;
import uk.gov.vigil.shared.StaleVersionException;

/**
 * Merging a duplicate into a record, for administrators: choose the other record (the search offers likely
 * duplicates), compare the two side by side, give a reason and confirm. Nothing changes before the confirmation.
 */
@Controller
class MergePageController {

    private final OffenderService offenders;
    private final SearchService search;

    MergePageController(OffenderService offenders, SearchService search) {
        this.offenders = offenders;
        this.search = search;
    }

    @GetMapping("/offenders/{id}/merge")
    String choose(@PathVariable UUID id, @RequestParam(required = false) String other, VigilUser user,
            Model model) {
        mayMerge(user);
        OffenderRecord kept = full(id, user);
        model.addAttribute("kept", kept);
        if (other == null || other.isBlank()) {
            var name = kept.details().name();
            model.addAttribute("candidates", search.search(new SearchService.Query(name.givenNames(),
                    name.familyName(), BirthDateQuery.exactly(kept.details().dateOfBirth()), null, null, null, null,
                    null, null, null), user).results().stream().filter(r -> !r.summary().id().equals(kept.id())).toList());
            return "merge-choose";
        }
        UUID otherId;
        try {
            otherId = UUID.fromString(other.strip());
        } catch (IllegalArgumentException notAnId) {
            model.addAttribute("errors", List.of(new FieldViolation("other", "Enter the other record's id, as shown"
                    + " in its address, like 01a2241e-e585-7372-863c-c3967b4e831f")));
            model.addAttribute("candidates", List.of());
            return "merge-choose";
        }
        return confirm(kept, full(otherId, user), null, model);
    }

    @PostMapping("/offenders/{id}/merge")
    String merge(@PathVariable UUID id, @RequestParam UUID other, @RequestParam long keptVersion,
            @RequestParam long otherVersion, @RequestParam(required = false) String reason, VigilUser user,
            Model model, RedirectAttributes redirect) {
        mayMerge(user);
        try {
            offenders.merge(new OffenderId(id), keptVersion, new OffenderId(other), otherVersion, reason, user);
            redirect.addFlashAttribute("mergeDone", true);
            return "redirect:/offenders/" + id;
        } catch (InvalidInputException invalid) {
            return confirm(full(id, user), full(other, user), invalid.violations().stream()
                    .map(v -> new FieldViolation("reason", "Reason " + v.message())).toList(), model);
        } catch (StaleVersionException stale) {
            return confirm(full(id, user), full(other, user), List.of(new FieldViolation("reason",
                    stale.changedBy() + " changed one of the records after you opened this page; nothing was merged."
                    + " Check them again below")), model);
        } catch (ConflictException refused) {
            return confirm(full(id, user), full(other, user), List.of(new FieldViolation("reason",
                    "These records cannot be merged: " + refused.getMessage())), model);
        }
    }

    private String confirm(OffenderRecord kept, OffenderRecord other, List<FieldViolation> errors, Model model) {
        model.addAttribute("kept", kept);
        model.addAttribute("other", other);
        model.addAttribute("errors", errors);
        return "merge-confirm";
    }

    private OffenderRecord full(UUID id, VigilUser user) {
        try {
            OffenderView view = offenders.read(new OffenderId(id), user);
            if (view instanceof OffenderView.Full full) {
                return full.record();
            }
            throw new AccessDeniedException("You cannot see the record " + id + " in full");
        } catch (RecordMergedException merged) {
            throw new NotFoundException("The record " + id + " has already been merged into " + merged.keptId());
        }
    }

    private static void mayMerge(VigilUser user) {
        if (!user.can(Permission.RECORD_MERGE)) {
            throw new AccessDeniedException("Only administrators can merge records");
        }
    }
}
