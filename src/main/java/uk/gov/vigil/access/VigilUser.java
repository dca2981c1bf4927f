package uk.gov.vigil.access;

import java.util.EnumSet;
import java.util.Set;

import uk.gov.vigil.shared.audit.AuditActor;

/**
 * A signed-in user as the rest of the system sees them: who they are, which agency they work for, and what their
 * roles let them do. Controllers receive it as a method parameter.
 */
public record VigilUser(String username, String displayName, String agencyCode, Set<Role> roles)
        implements AuditActor {

    public VigilUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean can(Permission permission) {
        return roles.stream().anyMatch(role -> role.grants(permission));
    }

    public Set<Permission> permissions() {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> all.addAll(role.permissions()));
        return all;
    }
}
