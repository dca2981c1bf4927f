package uk.gov.vigil.access.web.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.application.AccountAdministration;
import uk.gov.vigil.access.application.AccountAdministration.NewAccount;
import uk.gov.vigil.access.application.SignInService;
import uk.gov.vigil.agency.Agencies;
import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;

/**
 * The administration pages: accounts (list, create, unlock, disable, enable, change roles) and the agencies Vigil
 * knows. Creating an account and changing roles need the administrator's current authenticator code.
 */
@Controller
@RequestMapping("/admin")
class AdminPageController {

    private static final Map<String, String> LABELS = Map.of("username", "Username", "displayName", "Full name",
            "agencyCode", "Agency", "roles", "Roles", "code", "Your authenticator code");

    private final AccountAdministration administration;
    private final SignInService signIn;
    private final Agencies agencies;

    AdminPageController(AccountAdministration administration, SignInService signIn, Agencies agencies) {
        this.administration = administration;
        this.signIn = signIn;
        this.agencies = agencies;
    }

    @GetMapping("/users")
    String users(@RequestParam(required = false) String agency, VigilUser user, Model model) {
        String filter = agency == null || agency.isBlank() ? null : agency;
        model.addAttribute("accounts", administration.accounts(filter, user));
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("agency", filter);
        return "admin/users";
    }

    @GetMapping("/users/new")
    String newUser(VigilUser user, Model model) {
        mayAdminister(user);
        return showNew(new NewAccount("", "", "", Set.of()), List.of(), model);
    }

    @PostMapping("/users")
    String create(@RequestParam MultiValueMap<String, String> form, VigilUser user, Model model) {
        mayAdminister(user);
        NewAccount account = new NewAccount(strip(form.getFirst("username")), strip(form.getFirst("displayName")),
                strip(form.getFirst("agencyCode")), roles(form.get("roles")));
        List<FieldViolation> errors = new ArrayList<>();
        try {
            String password = administration.createAccount(account, form.getFirst("code"), user);
            model.addAttribute("account", account);
            model.addAttribute("password", password);
            return "admin/user-created";
        } catch (InvalidInputException invalid) {
            invalid.violations().forEach(v -> errors.add(onPage(v)));
        } catch (ConflictException taken) {
            errors.add(new FieldViolation("username", "Username is already taken"));
        } catch (AccessDeniedException stepUp) {
            errors.add(new FieldViolation("code", "Enter the current code from your authenticator app"));
        }
        return showNew(account, errors, model);
    }

    @GetMapping("/users/{username}")
    String user(@PathVariable String username, VigilUser user, Model model) {
        model.addAttribute("account", administration.account(username, user));
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("self", user.username().equals(username));
        return "admin/user";
    }

    @PostMapping("/users/{username}/unlock")
    String unlock(@PathVariable String username, VigilUser user, RedirectAttributes redirect) {
        mayAdminister(user);
        redirect.addFlashAttribute("done", signIn.unlock(username, user) ? "Account unlocked"
                : "The account was not locked");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/users/{username}/{change:disable|enable}")
    String enable(@PathVariable String username, @PathVariable String change, VigilUser user,
            RedirectAttributes redirect) {
        boolean enable = change.equals("enable");
        boolean changed = administration.setEnabled(username, enable, user);
        redirect.addFlashAttribute("done", !changed ? "Nothing changed"
                : enable ? "Account enabled" : "Account disabled: any session it has ends at its next request");
        return "redirect:/admin/users/" + username;
    }

    @PostMapping("/users/{username}/roles")
    String roles(@PathVariable String username, @RequestParam MultiValueMap<String, String> form, VigilUser user,
            Model model, RedirectAttributes redirect) {
        mayAdminister(user);
        try {
            administration.grantRoles(username, roles(form.get("roles")), form.getFirst("code"), user);
            redirect.addFlashAttribute("done", "Roles changed");
            return "redirect:/admin/users/" + username;
        } catch (InvalidInputException invalid) {
            model.addAttribute("errors", invalid.violations().stream().map(AdminPageController::onPage).toList());
        } catch (AccessDeniedException refused) {
            model.addAttribute("errors", List.of(new FieldViolation("code", user.username().equals(username)
                    ? "You cannot change your own roles" : "Enter the current code from your authenticator app")));
        }
        return user(username, user, model);
    }

    @GetMapping("/agencies")
    String agencies(VigilUser user, Model model) {
        mayAdminister(user);
        model.addAttribute("agencies", agencies.all());
        return "admin/agencies";
    }

    private String showNew(NewAccount account, List<FieldViolation> errors, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("errors", errors.isEmpty() ? null : errors);
        Map<String, String> errorFields = new java.util.HashMap<>();
        errors.forEach(e -> errorFields.putIfAbsent(e.field(), e.message()));
        model.addAttribute("errorFields", errorFields);
        return "admin/user-new";
    }

    private static FieldViolation onPage(FieldViolation v) {
        return new FieldViolation(v.field(), LABELS.getOrDefault(v.field(), v.field()) + " " + v.message());
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (Role role : Role.values()) {
                if (names.contains(role.name())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static void mayAdminister(VigilUser user) {
        if (!user.can(Permission.USER_ADMIN)) {
            throw new AccessDeniedException("Your role cannot administer accounts");
        }
    }
}
