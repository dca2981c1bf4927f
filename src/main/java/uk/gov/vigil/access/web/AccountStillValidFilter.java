package uk.gov.vigil.access.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.gov.vigil.access.application.AccountStore;
import uk.gov.vigil.access.application.AccountStore.Standing;

/**
 * Ends a signed-in session, on the server, when its account has been disabled or locked since sign-in (ASVS 7.4.2),
 * or when the session is 12 hours old however active it has been (CJIS IA-11; the 30-minute idle limit is the
 * container's session timeout). The request then goes on unauthenticated, so it gets a 401 or the sign-in page.
 * While the account must change its one-time password, only the requests that change it pass; the others are
 * refused. The check reads the account on every request, so it holds across instances.
 */
class AccountStillValidFilter extends OncePerRequestFilter {

    /** How a request is refused while the password must be changed. */
    @FunctionalInterface
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);

    /** When the session's user signed in, by Vigil's clock, in epoch milliseconds. */
    static final String SIGNED_IN_AT = "vigil.signedInAt";

    private final AccountStore accounts;
    private final Clock clock;
    private final RequestMatcher passwordChange;
    private final Refusal refusal;

    /**
     * @param passwordChange the requests a session may make while its password must be changed
     * @param refusal        the answer to any other request of such a session
     */
    AccountStillValidFilter(AccountStore accounts, Clock clock, RequestMatcher passwordChange, Refusal refusal) {
        this.accounts = accounts;
        this.clock = clock;
        this.passwordChange = passwordChange;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof VigilPrincipal principal) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SIGNED_IN_AT) == null) {
                session.setAttribute(SIGNED_IN_AT, clock.millis());
            }
            boolean tooOld = session != null
                    && clock.millis() - (Long) session.getAttribute(SIGNED_IN_AT) > ABSOLUTE_LIMIT.toMillis();
            // A token request read the standing moments ago, with the account; a session reads it now.
            Standing standing = authentication instanceof ApiClientAuthentication api && api.standing() != null
                    ? api.standing() : accounts.standing(principal.username());
            if (tooOld || standing == Standing.INACTIVE) {
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else if (standing == Standing.MUST_CHANGE_PASSWORD && !passwordChange.matches(request)) {
                refusal.refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
