package uk.gov.vigil.access.web;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by what an API client sent with it (a personal access token, or a JWT from a force's
 * identity provider), for that request only. Such a request cannot make tokens.
 */
final class ApiClientAuthentication extends AbstractAuthenticationToken {

    private final AccountPrincipal principal;

    ApiClientAuthentication(AccountPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
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
