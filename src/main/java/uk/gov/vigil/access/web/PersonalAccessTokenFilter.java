package uk.gov.vigil.access.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.gov.vigil.access.application.AccessTokens;
import uk.gov.vigil.shared.web.Problems;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer vgl_…}: a personal access token acts as its
 * user, limited to its scopes, for that request only (no session). An unknown, expired or revoked token gets 401.
 * Other bearer tokens (JWTs) are left to the resource server, when one is configured.
 */
class PersonalAccessTokenFilter extends OncePerRequestFilter {

    private final AccessTokens tokens;

    PersonalAccessTokenFilter(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer " + AccessTokens.PREFIX, 0,
                7 + AccessTokens.PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccessTokens.TokenHolder> holder = tokens.authenticate(header.substring(7).strip());
        if (holder.isEmpty()) {
            Problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in required",
                    "The access token is not valid: it may have expired or been revoked", request);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiClientAuthentication(AccountPrincipal.authenticated(holder.get().user()),
                holder.get().standing()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
