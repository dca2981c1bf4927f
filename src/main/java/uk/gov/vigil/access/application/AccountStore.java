package uk.gov.vigil.access.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;

/** The credentials and sign-in state of local accounts. */
public interface AccountStore {

    /**
     * @param totpSecret     base32, or null if the user has not enrolled
     * @param firstFailureAt when the current run of failures began, or null
     * @param lockedAt       when the account was locked, or null
     */
    record Credentials(VigilUser user, String passwordHash, boolean enabled, String totpSecret, long totpLastStep,
            int failedAttempts, Instant firstFailureAt, Instant lockedAt) {
    }

    Optional<Credentials> credentials(String username);

    /** An account as administrators see it: no password hash and no second-factor secret. */
    record AccountSummary(String username, String displayName, String agencyCode, Set<Role> roles, boolean enabled,
            boolean locked, boolean secondFactorSet, Instant lastSignInAt, Instant createdAt) {
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

    void enrolTotp(String username, String base32Secret);

    /** @return whether the account was locked */
    boolean unlock(String username);

    void changePassword(String username, String passwordHash);

    /** Whether the account exists, is enabled and is not locked. */
    boolean isActive(String username);

    /** @return whether the account existed and changed */
    boolean setEnabled(String username, boolean enabled);

    /** Enabled accounts with no sign-in (or, never signed in, no creation) since {@code cutoff}. */
    List<String> dormantSince(Instant cutoff);
}
