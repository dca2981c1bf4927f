package uk.gov.vigil.access.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.agency.Agencies;

/**
 * Turns the claims a force's identity provider asserts into a Vigil user: the username, display name, agency and
 * roles come from claims named in {@code vigil.security.oidc.*}. Role names Vigil does not know are ignored; an
 * unknown or missing agency refuses the sign-in. The user's account is created or updated to match.
 */
@Component
class ExternalUsers {

    private final SecurityProperties.Oidc claims;
    private final Agencies agencies;
    private final UserDirectory users;

    ExternalUsers(SecurityProperties properties, Agencies agencies, UserDirectory users) {
        this.claims = properties.oidc();
        this.agencies = agencies;
        this.users = users;
    }

    /** @return the user, or why they may not sign in */
    Result fromClaims(Map<String, Object> asserted) {
        String username = text(asserted.get(claims.usernameClaim()));
        String agency = text(asserted.get(claims.agencyClaim()));
        if (username == null) {
            return Result.refused("the identity provider gave no " + claims.usernameClaim());
        }
        if (agency == null || agencies.byCode(agency).isEmpty()) {
            return Result.refused("the identity provider gave no known agency in " + claims.agencyClaim());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (asserted.get(claims.rolesClaim()) instanceof Collection<?> names) {
            for (Object name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(String.valueOf(name))) {
                        roles.add(role);
                    }
                }
            }
        }
        String displayName = Optional.ofNullable(text(asserted.get("name"))).orElse(username);
        return users.provisionExternal(username, displayName, agency, roles).map(Result::of)
                .orElseGet(() -> Result.refused("the account is disabled or locked in Vigil"));
    }

    record Result(VigilUser user, String refusal) {

        static Result of(VigilUser user) {
            return new Result(user, null);
        }

        static Result refused(String why) {
            return new Result(null, why);
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
