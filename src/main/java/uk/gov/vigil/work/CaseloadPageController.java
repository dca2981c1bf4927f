package uk.gov.vigil.work;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.OffenderRecords.Page;
import uk.gov.vigil.offender.domain.OffenderSummary;
import uk.gov.vigil.offender.domain.RecordStatus;

/** Every offender the user's agency manages, a page of 25 at a time, optionally of one status. */
@Controller
class CaseloadPageController {

    static final int PAGE_SIZE = 25;

    private final OffenderService offenders;

    CaseloadPageController(OffenderService offenders) {
        this.offenders = offenders;
    }

    /** @param page counted from 1, as the page shows it */
    @GetMapping("/offenders")
    String caseload(@RequestParam(defaultValue = "1") int page, @RequestParam(required = false) String status,
            VigilUser user, Model model) {
        RecordStatus only = null;
        for (RecordStatus s : RecordStatus.values()) {
            if (s.name().equals(status)) {
                only = s;
            }
        }
        Page<OffenderSummary> found = offenders.list(user.agencyCode(), only, Math.max(page, 1) - 1, PAGE_SIZE, user);
        long pages = Math.max(1, (found.totalItems() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("offenders", found.items());
        model.addAttribute("total", found.totalItems());
        model.addAttribute("page", found.page() + 1);
        model.addAttribute("pages", pages);
        model.addAttribute("pageLinks", pageLinks(found.page() + 1, pages));
        model.addAttribute("status", only);
        model.addAttribute("statuses", RecordStatus.values());
        return "caseload";
    }

    /**
     * The page numbers the GOV.UK pagination shows: the first, the last, and those next to the current one, with
     * null where a run of pages is left out.
     */
    static List<Long> pageLinks(long current, long last) {
        List<Long> links = new ArrayList<>();
        for (long p = 1; p <= last; p++) {
            if (p == 1 || p == last || Math.abs(p - current) <= 1) {
                links.add(p);
            } else if (links.get(links.size() - 1) != null) {
                links.add(null);
            }
        }
        return links;
    }
}
