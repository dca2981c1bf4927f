package uk.gov.vigil.access.application;

import static uk.gov.vigil.shared.CommandLineOptions.option;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.InvalidInputException;

/**
 * {@code vigil create-admin USERNAME --agency=CODE --name="Display name"}: the first administrator of a new
 * installation, with a one-time password printed once. The administrator sets up their authenticator app at first
 * sign-in and adds everyone else. Refused once an administrator exists.
 */
@Component
@ConditionalOnProperty(name = "vigil.command", havingValue = "create-admin")
class FirstAdministratorCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private final AccountAdministration administration;
    private int exitCode = 2;

    FirstAdministratorCommandLine(AccountAdministration administration) {
        this.administration = administration;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> names = args.getNonOptionArgs();
        if (names.size() != 1) {
            System.err.println("Usage: vigil create-admin USERNAME --agency=CODE --name=\"Display name\"");
            return;
        }
        try {
            String password = administration.createFirstAdministrator(names.get(0), option(args, "name"),
                    option(args, "agency"), "command-line:" + System.getProperty("user.name", "unknown"));
            System.out.println("Created administrator " + names.get(0) + ". One-time password (shown once): "
                    + password);
            System.out.println("Sign in with it, then set up an authenticator app and a new password.");
            exitCode = 0;
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> System.err.println(v.field() + ": " + v.message()));
        } catch (ConflictException e) {
            System.err.println(e.getMessage());
            exitCode = 1;
        }
    }


    @Override
    public int getExitCode() {
        return exitCode;
    }
}
