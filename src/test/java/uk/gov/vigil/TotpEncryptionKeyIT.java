package uk.gov.vigil;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Outside the demo profile Vigil does not start without a key to seal TOTP secrets with. */
class TotpEncryptionKeyIT {

    @Test
    void productionDoesNotStartWithoutAKeyAndSaysWhichToSet() {
        Assumptions.assumeTrue(System.getenv("VIGIL_TOTP_ENCRYPTION_KEY") == null,
                "VIGIL_TOTP_ENCRYPTION_KEY is set in this environment");
        String[] arguments = VigilApplication.commandArguments("create-admin", new String[] {"someone",
            "--agency=NCA", "--name=Someone", "--spring.profiles.active=prod",
            "--spring.datasource.url=jdbc:h2:mem:no-key;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
            "--spring.datasource.username=sa", "--spring.datasource.password="});
        assertThatThrownBy(() -> VigilApplication.commandLine().run(arguments))
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No TOTP encryption key: set VIGIL_TOTP_ENCRYPTION_KEY");
    }
}
