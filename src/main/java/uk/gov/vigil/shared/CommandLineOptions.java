package uk.gov.vigil.shared;

import java.util.List;

import org.springframework.boot.ApplicationArguments;

/** Reading the {@code --name=value} options of Vigil's command lines. */
public final class CommandLineOptions {

    private CommandLineOptions() {
    }

    /** The option's first value, or null if it was not given. */
    public static String option(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
