package uk.gov.vigil.access.web;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import uk.gov.vigil.access.application.AccountStore.Standing;

/**
 * A request authenticated by what an API client sent with it (a personal access token, or a JWT from a force's
 * identity provider), for that request only. Such a request cannot make tokens.
 */
final class ApiClientAuthentication extends AbstractAuthenticationToken {

    private final AccountPrincipal principal;
    private final Standing standing;

    /** @param standing the account's standing as read while authenticating this request, or null if not read */
    ApiClientAuthentication(AccountPrincipal principal, Standing standing) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.standing = standing;
        setAuthenticated(true);
    }

    ApiClientAuthentication(AccountPrincipal principal) {
        this(principal, null);
    }

    /** The account's standing as read while authenticating this request, or null if it was not read. */
    Standing standing() {
        return standing;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }
}
