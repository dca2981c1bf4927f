package uk.gov.vigil.access.web.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.application.AccountStore;
import uk.gov.vigil.access.application.AccountStore.Standing;
import uk.gov.vigil.access.application.SignInService;
import uk.gov.vigil.access.web.AccountPrincipal;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;

/**
 * Changing one's own password, at any time, and at first sign-in of an account created with a one-time password,
 * when every other page leads here until it is done. Users who sign in through their force's identity provider
 * have no Vigil password to change.
 */
@Controller
class PasswordPageController {

    private static final String PAGE = "/account/password";
    private static final Map<String, String> LABELS = Map.of("currentPassword", "Current password", "newPassword",
            "New password");

    private final SignInService signIn;
    private final AccountStore accounts;

    PasswordPageController(SignInService signIn, AccountStore accounts) {
        this.signIn = signIn;
        this.accounts = accounts;
    }

    @GetMapping(PAGE)
    String show(VigilUser user, Model model) {
        return page(user, List.of(), model);
    }

    @PostMapping(PAGE)
    String change(@RequestParam(required = false) String currentPassword,
            @RequestParam(required = false) String newPassword,
            @RequestParam(required = false) String confirmPassword, VigilUser user, Model model,
            RedirectAttributes redirect) {
        if (!hasVigilPassword()) {
            return page(user, List.of(), model);
        }
        List<FieldViolation> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add(new FieldViolation("currentPassword", "Enter your current password"));
        }
        if (newPassword == null || newPassword.isEmpty()) {
            errors.add(new FieldViolation("newPassword", "Enter a new password"));
        } else if (confirmPassword == null || confirmPassword.isEmpty()) {
            errors.add(new FieldViolation("confirmPassword", "Confirm your new password"));
        } else if (!newPassword.equals(confirmPassword)) {
            errors.add(new FieldViolation("confirmPassword", "The new passwords do not match"));
        }
        if (errors.isEmpty()) {
            try {
                signIn.changePassword(user, currentPassword, newPassword);
                redirect.addFlashAttribute("done", "Your password has been changed");
                return "redirect:/";
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(v -> errors.add(new FieldViolation(v.field(),
                        LABELS.getOrDefault(v.field(), v.field()) + " " + v.message())));
            }
        }
        return page(user, errors, model);
    }

    private String page(VigilUser user, List<FieldViolation> errors, Model model) {
        boolean forced = accounts.standing(user.username()) == Standing.MUST_CHANGE_PASSWORD;
        model.addAttribute("forced", forced);
        model.addAttribute("vigilPassword", hasVigilPassword());
        model.addAttribute("errors", errors.isEmpty() ? null : errors);
        Map<String, String> errorFields = new HashMap<>();
        errors.forEach(e -> errorFields.putIfAbsent(e.field(), e.message()));
        model.addAttribute("errorFields", errorFields);
        return "account/password";
    }

    /** Local accounts sign in with an {@link AccountPrincipal}; a force's identity provider gives another kind. */
    private static boolean hasVigilPassword() {
        return SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof AccountPrincipal;
    }
}
