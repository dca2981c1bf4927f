package uk.gov.vigil.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.application.SignInService;

@RestController
@Tag(name = "Accounts", description = "Administering local accounts")
class AccountController {

    private final SignInService signIn;

    AccountController(SignInService signIn) {
        this.signIn = signIn;
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PostMapping("/api/v1/account/password")
    @Operation(summary = "Change your own password", description = "At least 12 characters, up to 1,000, and hard to "
            + "guess; common and breached passwords are refused with the reason. A wrong current password counts "
            + "as a failed sign-in.")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange change, VigilUser user) {
        signIn.changePassword(user, change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
