package uk.gov.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.vigil.audit.AuditTampering;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditActor;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;
import uk.gov.vigil.support.IntegrationTestBase;

/** {@code vigil audit verify}, run as the command line runs it, against the test database. */
@ExtendWith(OutputCaptureExtension.class)
class AuditVerifyCommandIT extends IntegrationTestBase {

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    private int runCommand() {
        String[] args = VigilApplication.auditVerifyArguments(new String[] {"audit", "verify",
            "--spring.profiles.active=test",
            "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
            "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
            "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", "")});
        return SpringApplication.exit(VigilApplication.commandLine().run(args));
    }

    @Test
    void exitsZeroOnAnIntactTrailAndOneNamingTheRowWhenARowWasChanged(CapturedOutput output) {
        String object = "cli-" + ThreadLocalRandom.current().nextInt(1_000_000);
        audit.allowed(AuditActor.named("it.cli"), AuditAction.AUDIT_QUERIED, AuditObject.of("test", object), null);
        long seq = jdbc.sql("select seq from audit_event where object_id = :o").param("o", object)
                .query(Long.class).single();

        assertThat(runCommand()).isZero();
        assertThat(output).contains("Audit trail intact:");

        AuditTampering.withoutGuard(jdbc, databaseName(),
                () -> jdbc.sql("update audit_event set reason = 'edited' where seq = :s").param("s", seq).update());
        try {
            assertThat(runCommand()).isEqualTo(1);
            assertThat(output).contains("Audit trail BROKEN at row " + seq + ": row " + seq + " has been altered");
        } finally {
            AuditTampering.withoutGuard(jdbc, databaseName(),
                    () -> jdbc.sql("update audit_event set reason = null where seq = :s").param("s", seq).update());
        }
    }
}
