package uk.gov.vigil.demo;

import static uk.gov.vigil.shared.CommandLineOptions.option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.offence.Offence;
import uk.gov.vigil.offence.OffenceCatalogue;
import uk.gov.vigil.transfer.application.RecordWriter;
import uk.gov.vigil.transfer.application.TransferFiles;
import uk.gov.vigil.transfer.application.TransferRecord;
import uk.gov.vigil.transfer.domain.TransferFormat;

/**
 * {@code vigil generate --offenders=N --out=FILE [--seed=S] [--format=jsonl|csv]}: writes a synthetic register of
 * any size in the bulk import format, one offender at a time. The same seed, size and day give the same file.
 * Offenders are spread over the forces by their published sizes and left unassigned (no offender manager), so
 * the file imports into any database; each record's reference is {@code SYN-seed-serial}.
 */
@Component
@ConditionalOnProperty(name = "vigil.command", havingValue = "generate")
class GenerateCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private final OffenceCatalogue offences;
    private final JsonMapper json;
    private final Clock clock;
    private final DemoProperties properties;
    private int exitCode = 2;

    GenerateCommandLine(OffenceCatalogue offences, JsonMapper json, Clock clock, DemoProperties properties) {
        this.offences = offences;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Optional<Integer> size = Optional.ofNullable(option(args, "offenders")).map(Integer::valueOf);
        String out = option(args, "out");
        Optional<TransferFormat> format = TransferFormat.named(Optional.ofNullable(option(args, "format"))
                .orElse(out != null && out.endsWith(".csv") ? "csv" : "jsonl"));
        if (size.isEmpty() || size.get() < 1 || out == null || format.isEmpty()) {
            System.err.println("Usage: vigil generate --offenders=N --out=FILE [--seed=S] [--format=jsonl|csv]");
            return;
        }
        long seed = Optional.ofNullable(option(args, "seed")).map(Long::valueOf).orElse(properties.seed());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        long started = System.nanoTime();
        long[] written = {0};
        try (Writer file = Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
            RecordWriter writer = TransferFiles.writer(format.get(), file, json);
            new SyntheticRegister(seed, today, offences.all().stream().map(Offence::code).toList())
                    .generate(ForceProfile.load(), size.get(), Map.of(), offender -> {
                        try {
                            writer.write(new TransferRecord("SYN-" + seed + "-" + (written[0] + 1),
                                    offender.details(), offender.history(), 0));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        if (++written[0] % 10_000 == 0) {
                            System.err.printf(Locale.UK, "\r%,d of %,d", written[0], size.get());
                        }
                    });
            writer.flush();
        }
        System.err.println();
        System.out.printf(Locale.UK, "Wrote %,d offenders (seed %d, as of %s) to %s in %,d ms%n", written[0], seed,
                today, out, (System.nanoTime() - started) / 1_000_000);
        exitCode = 0;
    }


    @Override
    public int getExitCode() {
        return exitCode;
    }
}
