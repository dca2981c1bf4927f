package uk.gov.vigil.access.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param httpBasicEnabled whether the API accepts HTTP Basic credentials. The demo profile turns it on so that
 *                         curl examples work; production leaves it off and refuses Basic outright.
 */
@ConfigurationProperties("vigil.security")
public record SecurityProperties(boolean httpBasicEnabled) {
}
