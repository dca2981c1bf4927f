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

    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("audit") && args[1].equals("verify")) {
            System.exit(SpringApplication.exit(auditVerify().run(auditVerifyArguments(args))));
        }
        SpringApplication.run(VigilApplication.class, args);
    }

    /** The command line {@code vigil audit verify}: the same configuration, no web server. */
    static SpringApplicationBuilder auditVerify() {
        return new SpringApplicationBuilder(VigilApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false);
    }

    /** The caller's further arguments, then those that keep demo data, jobs and logging out of the check. */
    static String[] auditVerifyArguments(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 2, args.length);
        String[] fixed = {"--vigil.command=audit-verify", "--vigil.demo.enabled=false",
            "--vigil.compliance.sweep-enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=warn"};
        String[] all = Arrays.copyOf(rest, rest.length + fixed.length);
        System.arraycopy(fixed, 0, all, rest.length, fixed.length);
        return all;
    }
}
