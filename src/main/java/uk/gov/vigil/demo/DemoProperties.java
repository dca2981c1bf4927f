package uk.gov.vigil.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled   load demo users and the synthetic register at start-up, if the register is empty
 * @param seed      the generator's seed; the same seed always gives the same register
 * @param offenders how many offenders to generate
 * @param password  the demo users' password ({@code VIGIL_DEMO_PASSWORD})
 * @param totpSecret the demo users' shared TOTP secret, base32 ({@code VIGIL_DEMO_TOTP_SECRET})
 */
@ConfigurationProperties("vigil.demo")
record DemoProperties(boolean enabled, long seed, int offenders, String password, String totpSecret) {
}
