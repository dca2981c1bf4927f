package uk.gov.vigil;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VigilApplication {

    /** Command lines that run with the same configuration and no web server, then exit. */
    static final java.util.Set<String> COMMANDS = java.util.Set.of("import", "generate", "create-admin");

    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("audit") && args[1].equals("verify")) {
            System.exit(SpringApplication.exit(commandLine().run(auditVerifyArguments(args))));
        }
        if (args.length >= 1 && COMMANDS.contains(args[0])) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            if (args[0].equals("generate") && Arrays.stream(rest).noneMatch(a -> a.startsWith("--spring.datasource"))) {
                // Generating needs only the reference data, so it migrates a throwaway in-memory database.
                rest = Arrays.copyOf(rest, rest.length + 1);
                rest[rest.length - 1] = "--spring.datasource.url=jdbc:h2:mem:generate;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            }
            System.exit(SpringApplication.exit(commandLine().run(commandArguments(args[0], rest))));
        }
        SpringApplication.run(VigilApplication.class, args);
    }

    /** A command line ({@code vigil audit verify}, {@code vigil import}): the same configuration, no web server. */
    static SpringApplicationBuilder commandLine() {
        return new SpringApplicationBuilder(VigilApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false);
    }

    /** The caller's further arguments, then those that keep demo data, jobs and logging out of the check. */
    static String[] auditVerifyArguments(String[] args) {
        return commandArguments("audit-verify", Arrays.copyOfRange(args, 2, args.length));
    }

    static String[] commandArguments(String command, String[] rest) {
        String[] fixed = {"--vigil.command=" + command, "--vigil.demo.enabled=false",
            "--vigil.compliance.sweep-enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=warn"};
        String[] all = Arrays.copyOf(rest, rest.length + fixed.length);
        System.arraycopy(fixed, 0, all, rest.length, fixed.length);
        return all;
    }
}
