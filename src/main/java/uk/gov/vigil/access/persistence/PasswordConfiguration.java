package uk.gov.vigil.access.persistence;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashes: Argon2id (16-byte random salt, 16 MiB, 2 passes) for new hashes, which unlike bcrypt uses every
 * byte of a long passphrase. Each hash is tagged with its algorithm, so bcrypt hashes stored before still verify,
 * and are replaced by Argon2id at the next sign-in.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
