package uk.gov.vigil.access.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import uk.gov.vigil.access.Permission;

/** Where personal access tokens are kept, by the hash of the token. */
public interface AccessTokenStore {

    record StoredToken(UUID id, String username, String name, Set<Permission> scopes, Instant createdAt,
            Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
    }

    void add(StoredToken token, String tokenHash);

    /** A token and the account it acts for. */
    record TokenWithHolder(StoredToken token, AccountStore.StandingUser holder) {
    }

    /** The token with this hash and its account (user, roles and standing), read together in one query. */
    Optional<TokenWithHolder> findWithHolder(String tokenHash);

    List<StoredToken> ofUser(String username);

    /** @return whether the user had such a token that was not yet revoked */
    boolean revoke(UUID id, String username, Instant at);

    void used(UUID id, Instant at);
}
