package uk.gov.vigil.access.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.application.AccessTokenStore.StoredToken;
import uk.gov.vigil.shared.Hashes;
import uk.gov.vigil.shared.Ids;
import uk.gov.vigil.shared.NotFoundException;
import uk.gov.vigil.shared.Violations;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;

/**
 * Personal access tokens: made by a signed-in user for an API client, limited to some of the user's permissions,
 * expiring within a year, revocable. The token is 256 random bits, shown once; only its SHA-256 hash is stored.
 */
@Service
public class AccessTokens {

    public static final String PREFIX = "vgl_";
    public static final int MAX_DAYS = 365;
    private static final int DEFAULT_DAYS = 90;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokenStore tokens;
    private final Clock clock;
    private final AuditLog audit;

    AccessTokens(AccessTokenStore tokens, Clock clock, AuditLog audit) {
        this.tokens = tokens;
        this.clock = clock;
        this.audit = audit;
    }

    /** A new token, with the secret the client must keep: it is never shown again. */
    public record CreatedToken(StoredToken token, String secret) {
    }

    /**
     * @param viaToken whether the request itself came with a token; a token cannot make another
     */
    @Transactional
    public CreatedToken create(VigilUser user, boolean viaToken, String name, Set<Permission> scopes,
            Integer days) {
        if (viaToken) {
            throw new AccessDeniedException("Tokens can be made only by a user who signed in with their second factor");
        }
        Violations v = new Violations();
        if (v.require("name", name, "is required: say what the token is for")) {
            v.maxLength("name", name, 100);
        }
        if (scopes == null || scopes.isEmpty()) {
            v.add("scopes", "is required: one or more of your permissions " + user.permissions());
        } else if (!user.permissions().containsAll(scopes)) {
            Set<Permission> extra = EnumSet.copyOf(scopes);
            extra.removeAll(user.permissions());
            v.add("scopes", "includes permissions you do not hold: " + extra);
        }
        int lifetime = days == null ? DEFAULT_DAYS : days;
        if (lifetime < 1 || lifetime > MAX_DAYS) {
            v.add("days", "must be between 1 and " + MAX_DAYS);
        }
        v.throwIfAny();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        StoredToken token = new StoredToken(Ids.next(), user.username(), name.strip(), EnumSet.copyOf(scopes), now,
                now.plus(Duration.ofDays(lifetime)), null, null);
        tokens.add(token, hash(secret));
        audit.allowed(user, AuditAction.TOKEN_CREATED, AuditObject.of("access-token", token.id()),
                "scopes " + token.scopes());
        return new CreatedToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<StoredToken> ofUser(VigilUser user) {
        return tokens.ofUser(user.username());
    }

    @Transactional
    public void revoke(VigilUser user, UUID id) {
        if (!tokens.revoke(id, user.username(), clock.instant())) {
            throw new NotFoundException("You have no token " + id + " that is still valid");
        }
        audit.allowed(user, AuditAction.TOKEN_REVOKED, AuditObject.of("access-token", id), null);
    }

    /**
     * Whom a valid token acts as, limited to its scopes, and the account's standing when it was read, so the
     * request need not read it again.
     */
    public record TokenHolder(VigilUser user, AccountStore.Standing standing) {
    }

    /**
     * Whom a token acts as, if the token is valid and its account active (or only obliged to change password). One
     * query reads the token and its account; no transaction is opened, as nothing is written but, once a minute at
     * most, when the token was last used.
     */
    public Optional<TokenHolder> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AccessTokenStore.TokenWithHolder> found = tokens.findWithHolder(hash(secret))
                .filter(t -> t.token().revokedAt() == null && t.token().expiresAt().isAfter(now))
                .filter(t -> t.holder().standing() != AccountStore.Standing.INACTIVE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredToken token = found.get().token();
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minusSeconds(60))) {
            tokens.used(token.id(), now);
        }
        AccountStore.StandingUser holder = found.get().holder();
        return Optional.of(new TokenHolder(holder.user().limitedTo(token.scopes()), holder.standing()));
    }

    private static String hash(String secret) {
        return Hashes.sha256Hex(secret);
    }
}
