package uk.gov.vigil.work;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.rules.EnglandAndWales;

/** What every signed-in page's navigation needs: the user, and which sections their role opens. */
@ControllerAdvice(basePackages = {"uk.gov.vigil.work", "uk.gov.vigil.whereabouts.web",
        "uk.gov.vigil.access.web.admin", "uk.gov.vigil.access.web.account"})
class PageModel {

    private final long sessionSeconds;

    PageModel(@Value("${server.servlet.session.timeout:30m}") Duration idleLimit) {
        this.sessionSeconds = idleLimit.toSeconds();
    }

    @ModelAttribute
    void navigation(VigilUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("canReadOffenders", user.can(Permission.OFFENDER_READ));
        model.addAttribute("canReadStatistics", user.can(Permission.STATISTICS_READ));
        model.addAttribute("canAdminister", user.can(Permission.USER_ADMIN));
        model.addAttribute("canRegister", user.can(Permission.OFFENDER_WRITE));
        model.addAttribute("canMerge", user.can(Permission.RECORD_MERGE));
        model.addAttribute("canErase", user.can(Permission.RECORD_ERASE));
        model.addAttribute("canSeeTeamCaseload", user.can(Permission.TEAM_WORKLOAD_READ));
        model.addAttribute("sessionSeconds", sessionSeconds);
        model.addAttribute("zone", EnglandAndWales.ZONE);
    }
}
