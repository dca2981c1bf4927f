package uk.gov.vigil.audit.application;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import uk.gov.vigil.audit.domain.ChainVerification;

/**
 * {@code vigil audit verify}: checks the hash chain and exits 0 if it is intact, 1 if not, naming the first broken
 * link. {@code VigilApplication} starts it, without the web server, when given those two arguments.
 */
@Component
@ConditionalOnProperty(name = "vigil.command", havingValue = "audit-verify")
class AuditCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private final AuditService audit;
    private int exitCode = 2;

    AuditCommandLine(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        ChainVerification result = audit.verify();
        if (result.intact()) {
            System.out.println("Audit trail intact: " + result.rowsChecked() + " rows checked");
            exitCode = 0;
        } else {
            System.out.println("Audit trail BROKEN at row " + result.brokenAt() + ": " + result.problem() + " ("
                    + result.rowsChecked() + " rows before it checked out)");
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
