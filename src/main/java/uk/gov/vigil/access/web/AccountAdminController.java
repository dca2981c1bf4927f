package uk.gov.vigil.access.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.application.SignInService;

@RestController
@Tag(name = "Accounts", description = "Administering local accounts")
class AccountAdminController {

    private final SignInService signIn;

    AccountAdminController(SignInService signIn) {
        this.signIn = signIn;
    }

    @PostMapping("/api/v1/admin/users/{username}/unlock")
    @PreAuthorize("hasAuthority('USER_ADMIN')")
    @Operation(summary = "Unlock an account locked after 5 failed sign-ins",
            description = "unlocked is false if the account was not locked (or does not exist).")
    Map<String, Boolean> unlock(@PathVariable String username, VigilUser user) {
        return Map.of("unlocked", signIn.unlock(username, user));
    }
}
