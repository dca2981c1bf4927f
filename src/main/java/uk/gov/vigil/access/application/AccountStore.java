package uk.gov.vigil.access.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;

/** The credentials and sign-in state of local accounts. */
public interface AccountStore {

    /**
     * @param totpSecret             as stored: sealed ({@link TotpSecretCipher}), or null if the user has not enrolled
     * @param firstFailureAt         when the current run of failures began, or null
     * @param lockedAt               when the account was locked, or null
     * @param passwordChangeRequired whether the password is a one-time password the user must replace
     */
    record Credentials(VigilUser user, String passwordHash, boolean enabled, String totpSecret, long totpLastStep,
            int failedAttempts, Instant firstFailureAt, Instant lockedAt, boolean passwordChangeRequired) {
    }

    Optional<Credentials> credentials(String username);

    /** An account as administrators see it: no password hash and no second-factor secret. */
    record AccountSummary(String username, String displayName, String agencyCode, Set<Role> roles, boolean enabled,
            boolean locked, boolean secondFactorSet, boolean passwordChangeRequired, Instant lastSignInAt,
            Instant createdAt) {
    }

    /** The accounts of one agency, or of every agency when {@code agencyCode} is null, by agency then username. */
    List<AccountSummary> accounts(String agencyCode);

    Optional<AccountSummary> account(String username);

    /** Whether any account holds the role, enabled or not. */
    boolean anyHolds(Role role);

    /** Stores the failure count and, if given, the lock. */
    void recordFailures(String username, int failedAttempts, Instant firstFailureAt, Instant lockedAt);

    /**
     * Records a successful sign-in: clears failures and accepts the code's step, if the step is later than the last
     * one accepted.
     *
     * @return false if the step was already used (a replay, perhaps raced by another request)
     */
    boolean signedIn(String username, long totpStep, Instant at);

    /**
     * Accepts a TOTP step for a step-up check, if it is later than the last one accepted.
     *
     * @return false if the step was already used
     */
    boolean acceptTotpStep(String username, long totpStep);

    /** Replaces an account's roles. */
    void replaceRoles(String username, Set<Role> roles);

    /** Records a successful sign-in that used no second factor (HTTP Basic, demo only): clears failures. */
    void signedInWithoutSecondFactor(String username, Instant at);

    /** @param sealedSecret sealed by {@link TotpSecretCipher} */
    void enrolTotp(String username, String sealedSecret);

    /** Every stored TOTP secret, as stored, by username. */
    Map<String, String> totpSecrets();

    /** @return false if the stored value is no longer {@code expected} (another instance sealed it first) */
    boolean replaceTotpSecret(String username, String expected, String replacement);

    /** @return whether the account was locked */
    boolean unlock(String username);

    /** Stores the password the user chose, which ends any requirement to change it. */
    void changePassword(String username, String passwordHash);

    /** Stores the same password hashed with the current algorithm. */
    void upgradePasswordHash(String username, String passwordHash);

    /** The user must choose a new password before doing anything else: their password is a one-time password. */
    void requirePasswordChange(String username);

    /** Whether the account exists, is enabled and is not locked. */
    boolean isActive(String username);

    /** What a signed-in session of the account may do now. */
    enum Standing {
        /** Whatever its roles allow. */
        ACTIVE,
        /** Nothing but change its password. */
        MUST_CHANGE_PASSWORD,
        /** Nothing: the account is disabled, locked or gone. */
        INACTIVE
    }

    Standing standing(String username);

    /** An account's user and its standing, read together. */
    record StandingUser(VigilUser user, Standing standing) {
    }

    /** @return whether the account existed and changed */
    boolean setEnabled(String username, boolean enabled);

    /** Enabled accounts with no sign-in (or, never signed in, no creation) since {@code cutoff}. */
    List<String> dormantSince(Instant cutoff);
}
