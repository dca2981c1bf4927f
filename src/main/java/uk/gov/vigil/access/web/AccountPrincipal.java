package uk.gov.vigil.access.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;

/**
 * The Spring Security principal for a local account. Its authorities are the user's permissions (checked by
 * {@code hasAuthority}) and their roles (as {@code ROLE_} authorities).
 */
public class AccountPrincipal extends User implements VigilPrincipal {

    private static final long serialVersionUID = 1L;

    private final VigilUser user;

    public AccountPrincipal(VigilUser user, String passwordHash, boolean enabled) {
        super(user.username(), passwordHash, enabled, true, true, true, authoritiesOf(user));
        this.user = user;
    }

    /** A principal for a user who has already been authenticated, with no credentials kept. */
    public static AccountPrincipal authenticated(VigilUser user) {
        return new AccountPrincipal(user, "", true);
    }

    @Override
    public VigilUser user() {
        return user;
    }

    static Collection<GrantedAuthority> authoritiesOf(VigilUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Permission permission : user.permissions()) {
            authorities.add(new SimpleGrantedAuthority(permission.name()));
        }
        for (Role role : user.roles()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        return authorities;
    }
}
