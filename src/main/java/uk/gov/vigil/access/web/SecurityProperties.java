package uk.gov.vigil.access.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param httpBasicEnabled whether the API accepts HTTP Basic credentials. The demo profile turns it on so that
 *                         curl examples work; production leaves it off and refuses Basic outright.
 * @param oidc             which claims of a force's identity provider name the user, their agency and roles
 */
@ConfigurationProperties("vigil.security")
public record SecurityProperties(boolean httpBasicEnabled, @DefaultValue Oidc oidc) {

    public record Oidc(@DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("vigil_agency") String agencyClaim, @DefaultValue("vigil_roles") String rolesClaim) {
    }
}
