package uk.gov.vigil.access.web;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import uk.gov.vigil.access.VigilUser;

/** A user who signed in through their force's identity provider (OIDC). */
class OidcAccountPrincipal extends DefaultOidcUser implements VigilPrincipal {

    private final transient VigilUser user;

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
