package uk.gov.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code vigil create-admin}, run as the command line runs it, on a new empty database of its own (an H2 file),
 * since the shared test database already has administrators.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorCommandIT {

    private static int run(String url, String... arguments) {
        String[] fixed = {"--spring.profiles.active=test", "--spring.datasource.url=" + url,
            "--spring.datasource.username=sa", "--spring.datasource.password="};
        String[] all = new String[arguments.length + fixed.length];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        System.arraycopy(fixed, 0, all, arguments.length, fixed.length);
        return SpringApplication.exit(VigilApplication.commandLine()
                .run(VigilApplication.commandArguments("create-admin", all)));
    }

    @Test
    void createsTheFirstAdministratorOnceWithAOneTimePassword(CapturedOutput output) throws SQLException {
        String url = "jdbc:h2:file:./target/h2-first-admin/" + ThreadLocalRandom.current().nextInt(1_000_000)
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

        assertThat(run(url, "root.admin", "--agency=NOWHERE")).isEqualTo(2);
        assertThat(output.getErr()).contains("agencyCode: is not a known agency", "displayName: is required");

        assertThat(run(url, "root.admin", "--agency=NCA", "--name=First administrator")).isZero();
        assertThat(output.getOut()).containsPattern("Created administrator root.admin\\. One-time password \\(shown"
                + " once\\): \\S{12,}");
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                ResultSet row = db.createStatement().executeQuery(
                        "select must_change_password from user_account where username = 'root.admin'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getBoolean(1)).as("the one-time password must be changed at first sign-in").isTrue();
        }

        assertThat(run(url, "second.admin", "--agency=NCA", "--name=Second administrator")).isEqualTo(1);
        assertThat(output.getErr()).contains("an administrator already exists");
    }
}
