package uk.gov.vigil.access.web;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import uk.gov.vigil.access.VigilUser;

/** A user who signed in through their force's identity provider (OIDC). */
class OidcAccountPrincipal extends DefaultOidcUser implements VigilPrincipal {

    private static final long serialVersionUID = 1L;

    /** Kept in the session with the rest of the principal, so it must survive serialization. */
    private final VigilUser user;

    OidcAccountPrincipal(VigilUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(AccountPrincipal.authoritiesOf(user), idToken, userInfo);
        this.user = user;
    }

    @Override
    public VigilUser user() {
        return user;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
