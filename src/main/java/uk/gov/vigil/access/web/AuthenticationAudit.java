package uk.gov.vigil.access.web;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditActor;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;

/**
 * Records sign-ins, failed attempts and sign-outs (CJIS AU-2), and marks when a session's user signed in, for its
 * 12-hour limit. A failed attempt names the username tried, whether
 * or not such an account exists; the response never says which. HTTP Basic authenticates every request, so only
 * interactive sign-ins are recorded as such; failures of any kind are.
 */
@Component
class AuthenticationAudit {

    private static final Logger log = LoggerFactory.getLogger(AuthenticationAudit.class);

    private final AuditLog audit;
    private final Clock clock;

    AuthenticationAudit(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes.getRequest().getSession().setAttribute(AccountStillValidFilter.SIGNED_IN_AT, clock.millis());
        }
        AuditActor actor = actor(event.getAuthentication());
        audit.allowed(actor, AuditAction.SIGNED_IN, AuditObject.of("account", actor.username()), null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        // A bearer token's "name" is the token itself, which must never be written down.
        AuditActor actor = event.getAuthentication() instanceof BearerTokenAuthenticationToken
                ? AuditActor.named("bearer-token") : actor(event.getAuthentication());
        String reason = event.getException() instanceof OAuth2AuthenticationException oauth
                ? "OAuth2 " + oauth.getError().getErrorCode() : event.getException().getClass().getSimpleName();
        if (event.getException() instanceof OAuth2AuthenticationException oauth) {
            log.warn("An identity provider's token was refused: {} {}", oauth.getError().getErrorCode(),
                    oauth.getError().getDescription());
        }
        audit.refused(actor, AuditAction.SIGN_IN_FAILED, AuditObject.of("account", actor.username()), reason);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        AuditActor actor = actor(event.getAuthentication());
        audit.allowed(actor, AuditAction.SIGNED_OUT, AuditObject.of("account", actor.username()), null);
    }

    private static AuditActor actor(Authentication authentication) {
        if (authentication.getPrincipal() instanceof AuditActor actor) {
            return actor;
        }
        String name = authentication.getName();
        return AuditActor.named(name);
    }
}
