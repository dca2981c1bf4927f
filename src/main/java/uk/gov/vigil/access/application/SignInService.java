package uk.gov.vigil.access.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.vigil.access.StepUp;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.application.AccountStore.Credentials;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.shared.Violations;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;

/**
 * Checks a local account's password and second factor, and locks the account after 5 consecutive failures within
 * 15 minutes until an administrator unlocks it (CJIS AC-7). Every outcome looks the same to the caller except
 * success and "enrol a second factor first", which needs the right password; so no answer reveals whether an
 * account exists or is locked.
 */
@Service
public class SignInService implements StepUp {

    private static final Logger log = LoggerFactory.getLogger(SignInService.class);

    public static final int MAX_FAILURES = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

    /** A well-formed hash to check against when the account does not exist, so both take as long. */
    private final String decoyHash;

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final AuditLog audit;
    private final PasswordPolicy policy;
    private final TotpSecretCipher totpSecrets;

    SignInService(AccountStore accounts, PasswordEncoder passwords, Clock clock, AuditLog audit,
            PasswordPolicy policy, TotpSecretCipher totpSecrets) {
        this.policy = policy;
        this.totpSecrets = totpSecrets;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.audit = audit;
        this.decoyHash = passwords.encode("decoy password that no account has");
    }

    public sealed interface Outcome {
    }

    public record SignedIn(VigilUser user) implements Outcome {
    }

    /** The password was right but the account has no second factor yet: it must enrol before it gets a session. */
    public record EnrolmentRequired(VigilUser user) implements Outcome {
    }

    public record Failed() implements Outcome {
    }

    /**
     * @param code the current TOTP code; ignored when {@code secondFactorRequired} is false (HTTP Basic, demo only)
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Outcome signIn(String username, String password, String code, boolean secondFactorRequired) {
        Optional<Credentials> found = username == null ? Optional.empty() : accounts.credentials(username.strip());
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, decoyHash);
            return new Failed();
        }
        Credentials c = found.get();
        boolean passwordRight = password != null && passwords.matches(password, c.passwordHash());
        if (c.lockedAt() != null || !c.enabled()) {
            return new Failed();
        }
        if (!passwordRight) {
            return fail(c);
        }
        if (passwords.upgradeEncoding(c.passwordHash())) {
            accounts.upgradePasswordHash(c.user().username(), passwords.encode(password));
        }
        if (!secondFactorRequired) {
            accounts.signedInWithoutSecondFactor(c.user().username(), now());
            return new SignedIn(c.user());
        }
        if (c.totpSecret() == null) {
            return new EnrolmentRequired(c.user());
        }
        Optional<String> secret = openSecret(c);
        if (secret.isEmpty()) {
            return new Failed();
        }
        OptionalLong step = Totp.verify(secret.get(), code, now());
        if (step.isEmpty() || step.getAsLong() <= c.totpLastStep()
                || !accounts.signedIn(c.user().username(), step.getAsLong(), now())) {
            return fail(c);
        }
        return new SignedIn(c.user());
    }

    /** Empty, and logged, when the stored secret does not open with the configured keys: the user cannot sign in. */
    private Optional<String> openSecret(Credentials c) {
        Optional<String> secret = totpSecrets.open(c.user().username(), c.totpSecret());
        if (secret.isEmpty()) {
            log.error("The TOTP secret of account {} does not open with the configured keys", c.user().username());
        }
        return secret;
    }

    /**
     * Completes enrolment: the secret shown to the user and the code their app now shows. The user must have just
     * given the right password ({@link EnrolmentRequired}).
     */
    @Transactional
    public Optional<VigilUser> enrol(String username, String base32Secret, String code) {
        Optional<Credentials> found = accounts.credentials(username);
        if (found.isEmpty() || found.get().totpSecret() != null || found.get().lockedAt() != null) {
            return Optional.empty();
        }
        OptionalLong step = Totp.verify(base32Secret, code, now());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        accounts.enrolTotp(username, totpSecrets.seal(username, base32Secret));
        accounts.signedIn(username, step.getAsLong(), now());
        VigilUser user = found.get().user();
        audit.allowed(user, AuditAction.MFA_ENROLLED, AuditObject.of("account", username), "TOTP");
        return Optional.of(user);
    }

    /**
     * Changes the signed-in user's own password. A wrong current password counts as a failed sign-in.
     *
     * @throws InvalidInputException naming {@code currentPassword} or {@code newPassword}
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void changePassword(VigilUser user, String currentPassword, String newPassword) {
        Credentials c = accounts.credentials(user.username()).orElseThrow();
        if (currentPassword == null || !passwords.matches(currentPassword, c.passwordHash())) {
            fail(c);
            throw new InvalidInputException("currentPassword", "is not right");
        }
        Violations violations = policy.check("newPassword", newPassword, user.username(), user.displayName());
        if (newPassword != null && newPassword.equals(currentPassword)) {
            violations.add("newPassword", "must differ from the current password");
        }
        violations.throwIfAny();
        accounts.changePassword(user.username(), passwords.encode(newPassword));
        audit.allowed(user, AuditAction.PASSWORD_CHANGED, AuditObject.of("account", user.username()),
                c.passwordChangeRequired() ? "one-time password replaced" : null);
    }

    /**
     * Step-up (ASVS 7.5.3): checks the current code from the user's authenticator app again, inside their session,
     * before a sensitive action. A wrong code counts as a failed sign-in; a used code is refused.
     *
     * @throws AccessDeniedException if the code is missing or not right, or the user has no Vigil second factor
     */
    @Override
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public void stepUp(VigilUser user, String code) {
        Credentials c = accounts.credentials(user.username()).orElseThrow(
                () -> new AccessDeniedException("This needs a Vigil second factor, which your account does not have"));
        if (c.totpSecret() == null) {
            throw new AccessDeniedException("This needs a Vigil second factor, which your account does not have");
        }
        Optional<String> secret = openSecret(c);
        if (secret.isEmpty()) {
            throw new AccessDeniedException("Your second factor cannot be checked: ask an administrator");
        }
        OptionalLong step = Totp.verify(secret.get(), code, now());
        if (step.isEmpty() || !accounts.acceptTotpStep(user.username(), step.getAsLong())) {
            fail(c);
            throw new AccessDeniedException("This needs the current code from your authenticator app: send it as"
                    + " code");
        }
    }

    @Transactional
    public boolean unlock(String username, VigilUser administrator) {
        boolean unlocked = accounts.unlock(username);
        if (unlocked) {
            audit.allowed(administrator, AuditAction.ACCOUNT_UNLOCKED, AuditObject.of("account", username), null);
        }
        return unlocked;
    }

    private Outcome fail(Credentials c) {
        Instant now = now();
        boolean inWindow = c.firstFailureAt() != null && c.firstFailureAt().plus(FAILURE_WINDOW).isAfter(now);
        int failures = inWindow ? c.failedAttempts() + 1 : 1;
        Instant since = inWindow ? c.firstFailureAt() : now;
        Instant locked = failures >= MAX_FAILURES ? now : null;
        accounts.recordFailures(c.user().username(), failures, since, locked);
        if (locked != null) {
            audit.refused(c.user(), AuditAction.ACCOUNT_LOCKED, AuditObject.of("account", c.user().username()),
                    MAX_FAILURES + " failures within " + FAILURE_WINDOW.toMinutes() + " minutes");
        }
        return new Failed();
    }

    private Instant now() {
        return clock.instant();
    }
}
