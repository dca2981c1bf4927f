package uk.gov.vigil.access.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.gov.vigil.shared.web.Problems;

/** Answers 429 to sign-in attempts from an address {@link SignInThrottle} has blocked, before any password check. */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean formSignIn = "POST".equals(request.getMethod())
                && (request.getContextPath() + "/sign-in").equals(request.getRequestURI());
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if ((formSignIn || basic) && throttle.isBlocked(request.getRemoteAddr())) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(SignInThrottle.WINDOW.toSeconds()));
            if (formSignIn) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                request.getRequestDispatcher("/sign-in/too-many-attempts").forward(request, response);
            } else {
                Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                        "Too many failed sign-ins from your address; wait a minute and try again", request);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
