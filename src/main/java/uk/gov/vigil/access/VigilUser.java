package uk.gov.vigil.access;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

import uk.gov.vigil.shared.audit.AuditActor;

/**
 * A signed-in user as the rest of the system sees them: who they are, which agency they work for, and what their
 * roles let them do. Controllers receive it as a method parameter. It is serializable because the signed-in
 * user's principal is kept in the session, which is stored in the database and read back by whichever instance
 * takes the next request.
 *
 * @param scopes when the user acts through a personal access token, the permissions the token is limited to;
 *               null when they signed in themselves
 */
public record VigilUser(String username, String displayName, String agencyCode, Set<Role> roles,
        Set<Permission> scopes) implements AuditActor, Serializable {

    private static final long serialVersionUID = 1L;

    public VigilUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        scopes = scopes == null ? null : scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    public VigilUser(String username, String displayName, String agencyCode, Set<Role> roles) {
        this(username, displayName, agencyCode, roles, null);
    }

    /** The same user, able to do only what both their roles and the given scopes allow. */
    public VigilUser limitedTo(Set<Permission> scopes) {
        return new VigilUser(username, displayName, agencyCode, roles, scopes);
    }

    public boolean can(Permission permission) {
        return (scopes == null || scopes.contains(permission))
                && roles.stream().anyMatch(role -> role.grants(permission));
    }

    public Set<Permission> permissions() {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> all.addAll(role.permissions()));
        if (scopes != null) {
            all.retainAll(scopes);
        }
        return all;
    }
}
