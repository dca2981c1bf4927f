package uk.gov.vigil.shared.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditActor;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;

/**
 * Records every refused request in the audit trail before the refusal is sent: who, the route, and the object the
 * route names (its first path variable). Offender routes also record the offender, so "who tried to see offender
 * X" finds refusals too.
 */
@Component
public class RefusalAudit {

    private static final Map<String, String> OBJECT_TYPES = Map.of(
            "offenders", "offender", "whereabouts-cases", "whereabouts-case", "cases", "compliance-case",
            "notifications", "notification", "versions", "offender-version");

    private final ObjectProvider<AuditLog> audit;

    RefusalAudit(ObjectProvider<AuditLog> audit) {
        this.audit = audit;
    }

    public void refused(HttpServletRequest request, String why) {
        AuditLog log = audit.getIfAvailable();
        if (log == null) {
            return;
        }
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String route = request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern);
        log.refused(actor(), AuditAction.ACCESS_REFUSED, object(pattern, variables, request), route + ": " + why);
    }

    private static AuditObject object(String pattern, Map<String, String> variables, HttpServletRequest request) {
        if (pattern == null || variables == null || variables.isEmpty()) {
            return AuditObject.of("route", request.getRequestURI());
        }
        String[] segments = pattern.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                String id = variables.get(segments[i].substring(1, segments[i].length() - 1));
                String type = OBJECT_TYPES.getOrDefault(segments[i - 1], segments[i - 1]);
                return AuditObject.of(type, id, type.equals("offender") ? uuidOrNull(id) : null);
            }
        }
        return AuditObject.of("route", request.getRequestURI());
    }

    private static AuditActor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
            return actor;
        }
        String name = authentication == null ? "anonymous" : authentication.getName();
        return AuditActor.named(name);
    }

    private static UUID uuidOrNull(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
