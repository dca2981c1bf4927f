package uk.gov.vigil.access.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.access.application.AccessTokenStore.StoredToken;
import uk.gov.vigil.access.application.AccessTokens;

@RestController
@Tag(name = "Accounts", description = "Administering local accounts")
class AccessTokenController {

    private final AccessTokens tokens;

    AccessTokenController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    record NewToken(String name, Set<Permission> scopes, Integer days) {
    }

    record TokenResource(UUID id, String name, Set<Permission> scopes, Instant createdAt, Instant expiresAt,
            Instant revokedAt, Instant lastUsedAt, String token) {

        static TokenResource of(StoredToken t, String secret) {
            return new TokenResource(t.id(), t.name(), t.scopes(), t.createdAt(), t.expiresAt(), t.revokedAt(),
                    t.lastUsedAt(), secret);
        }
    }

    @PostMapping("/api/v1/account/tokens")
    @Operation(summary = "Make a personal access token for an API client",
            description = "Send it as Authorization: Bearer <token>. It acts as you, limited to the scopes (some of"
                    + " your permissions), for days (1 to 365, default 90). The token is in this answer only.")
    ResponseEntity<TokenResource> create(@RequestBody NewToken request, VigilUser user) {
        boolean viaToken = SecurityContextHolder.getContext().getAuthentication()
                instanceof ApiClientAuthentication;
        AccessTokens.CreatedToken created = tokens.create(user, viaToken, request.name(), request.scopes(),
                request.days());
        return ResponseEntity.created(URI.create("/api/v1/account/tokens/" + created.token().id()))
                .body(TokenResource.of(created.token(), created.secret()));
    }

    @GetMapping("/api/v1/account/tokens")
    @Operation(summary = "Your tokens, newest first, without their secrets")
    List<TokenResource> list(VigilUser user) {
        return tokens.ofUser(user).stream().map(t -> TokenResource.of(t, null)).toList();
    }

    @DeleteMapping("/api/v1/account/tokens/{id}")
    @Operation(summary = "Revoke one of your tokens; it stops working at once")
    ResponseEntity<Void> revoke(@PathVariable UUID id, VigilUser user) {
        tokens.revoke(user, id);
        return ResponseEntity.noContent().build();
    }
}
