package uk.gov.vigil.access.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.application.AccountAdministration;
import uk.gov.vigil.access.application.AccountStore;
import uk.gov.vigil.access.application.SignInService;

@RestController
@Tag(name = "Accounts", description = "Administering local accounts")
class AccountAdminController {

    private final SignInService signIn;
    private final AccountAdministration accounts;

    AccountAdminController(SignInService signIn, AccountAdministration accounts) {
        this.signIn = signIn;
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/admin/users")
    @PreAuthorize("hasAuthority('USER_ADMIN')")
    @Operation(summary = "List accounts", description = "Every agency's, or one agency's with agency=CODE. No "
            + "password hashes or second-factor secrets.")
    List<AccountStore.AccountSummary> list(@RequestParam(required = false) String agency, VigilUser user) {
        return accounts.accounts(agency, user);
    }

    @GetMapping("/api/v1/admin/users/{username}")
    @PreAuthorize("hasAuthority('USER_ADMIN')")
    @Operation(summary = "One account")
    AccountStore.AccountSummary one(@PathVariable String username, VigilUser user) {
        return accounts.account(username, user);
    }

    record NewAccountRequest(String username, String displayName, String agencyCode, Set<Role> roles, String code) {
    }

    record CreatedAccount(String username, String oneTimePassword) {
    }

    @PostMapping("/api/v1/admin/users")
    @PreAuthorize("hasAuthority('USER_ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a local account", description = "Step-up: send the current code from your "
            + "authenticator app as code. The answer holds a one-time password to give the user, shown only "
            + "once; they set up their authenticator app at first sign-in.")
    CreatedAccount create(@RequestBody NewAccountRequest request, VigilUser user) {
        String password = accounts.createAccount(new AccountAdministration.NewAccount(request.username(),
                request.displayName(), request.agencyCode(), request.roles()), request.code(), user);
        return new CreatedAccount(request.username(), password);
    }

    @PostMapping("/api/v1/admin/users/{username}/unlock")
    @PreAuthorize("hasAuthority('USER_ADMIN')")
    @Operation(summary = "Unlock an account locked after 5 failed sign-ins",
            description = "unlocked is false if the account was not locked (or does not exist).")
    Map<String, Boolean> unlock(@PathVariable String username, VigilUser user) {
        return Map.of("unlocked", signIn.unlock(username, user));
    }

    @PostMapping("/api/v1/admin/users/{username}/disable")
    @PreAuthorize("hasAuthority('USER_ADMIN')")
    @Operation(summary = "Disable an account; its live sessions end at their next request",
            description = "changed is false if it was already disabled (or does not exist).")
    Map<String, Boolean> disable(@PathVariable String username, VigilUser user) {
        return Map.of("changed", accounts.setEnabled(username, false, user));
    }

    @PostMapping("/api/v1/admin/users/{username}/enable")
    @PreAuthorize("hasAuthority('USER_ADMIN')")
    @Operation(summary = "Enable a disabled account")
    Map<String, Boolean> enable(@PathVariable String username, VigilUser user) {
        return Map.of("changed", accounts.setEnabled(username, true, user));
    }

    record RoleGrant(Set<Role> roles, String code) {
    }

    @PutMapping("/api/v1/admin/users/{username}/roles")
    @PreAuthorize("hasAuthority('USER_ADMIN')")
    @Operation(summary = "Replace a user's roles", description = "Step-up: send the current code from your "
            + "authenticator app as code. Not your own roles.")
    VigilUser grantRoles(@PathVariable String username, @RequestBody RoleGrant grant, VigilUser user) {
        return accounts.grantRoles(username, grant.roles(), grant.code(), user);
    }
}
