package uk.gov.vigil.transfer.application;

import static uk.gov.vigil.shared.CommandLineOptions.option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import uk.gov.vigil.access.UserDirectory;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.transfer.domain.ImportJob;
import uk.gov.vigil.transfer.domain.ImportJobState;
import uk.gov.vigil.transfer.domain.RowProblem;

/**
 * {@code vigil import FILE --source=NAME --as=USERNAME [--format=jsonl|csv] [--report=FILE]}: imports a bulk file
 * with a progress bar, acting as the named user (whose roles and agency decide what may be imported), and writes
 * the rejected rows to a CSV report. Exits 0 when the file was read to the end, 1 when the import failed, 2 when
 * the command was wrong.
 */
@Component
@ConditionalOnProperty(name = "vigil.command", havingValue = "import")
class ImportCommandLine implements ApplicationRunner, ExitCodeGenerator {

    private static final int BAR = 30;

    private final BulkImport imports;
    private final UserDirectory users;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode = 2;

    ImportCommandLine(BulkImport imports, UserDirectory users) {
        this.imports = imports;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<String> files = args.getNonOptionArgs();
        Optional<VigilUser> user = Optional.ofNullable(option(args, "as")).flatMap(users::find);
        if (files.size() != 1 || option(args, "source") == null || user.isEmpty()) {
            err.println("Usage: vigil import FILE --source=NAME --as=USERNAME [--format=jsonl|csv] [--report=FILE]"
                    + (option(args, "as") != null && user.isEmpty() ? "\nNo user " + option(args, "as") : ""));
            return;
        }
        Path file = Path.of(files.get(0));
        if (!Files.isReadable(file)) {
            err.println("Cannot read " + file);
            return;
        }
        String format = Optional.ofNullable(option(args, "format")).orElseGet(() -> extension(file));
        ImportJob job;
        try {
            job = imports.queue(option(args, "source"), format, Files.size(file), user.get());
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> err.println(v.field() + ": " + v.message()));
            return;
        } catch (AccessDeniedException e) {
            err.println(e.getMessage());
            return;
        }
        long started = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            job = imports.run(job.id(), in, user.get(), j -> err.print("\r" + bar(j, started)));
        }
        err.println();
        Path report = Path.of(Optional.ofNullable(option(args, "report")).orElse(file + ".rejected.csv"));
        long problems = writeReport(job, report, user.get());
        out.printf(Locale.UK, "Import %s %s: %,d records read, %,d stored, %,d skipped (already imported),"
                        + " %,d rejected%n", job.id(), job.state().name().toLowerCase(Locale.ROOT), job.read(),
                job.stored(), job.skipped(), job.rejected());
        if (problems > 0) {
            out.println("Rejected rows, with the field at fault and why: " + report);
        }
        if (job.failure() != null) {
            out.println(job.failure());
        }
        exitCode = job.state() == ImportJobState.FINISHED ? 0 : 1;
    }

    private long writeReport(ImportJob job, Path report, VigilUser user) throws IOException {
        long written = 0;
        List<RowProblem> page = imports.problems(job.id(), 0, 1000, user);
        if (page.isEmpty()) {
            return 0;
        }
        try (Writer w = Files.newBufferedWriter(report, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                        .setHeader("line", "sourceReference", "field", "message").get())) {
            for (int n = 1; !page.isEmpty(); n++) {
                for (RowProblem p : page) {
                    csv.printRecord(p.line(), p.sourceReference(), p.field(), p.message());
                    written++;
                }
                page = imports.problems(job.id(), n, 1000, user);
            }
        }
        return written;
    }

    static String bar(ImportJob job, long startedNanos) {
        int filled = job.percent() * BAR / 100;
        double seconds = Math.max(1e-3, (System.nanoTime() - startedNanos) / 1e9);
        return String.format(Locale.UK, "[%s%s] %3d%%  %,d read  %,d stored  %,d skipped  %,d rejected  %,.0f/s",
                "#".repeat(filled), ".".repeat(BAR - filled), job.percent(), job.read(), job.stored(), job.skipped(),
                job.rejected(), job.read() / seconds);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? "csv" : name.endsWith(".jsonl") || name.endsWith(".ndjson") ? "jsonl" : null;
    }


    @Override
    public int getExitCode() {
        return exitCode;
    }
}
