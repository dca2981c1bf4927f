package uk.gov.vigil.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.transfer.application.BulkExport;
import uk.gov.vigil.transfer.domain.TransferFormat;

/**
 * How fast a bulk export writes one force's records (the largest, or {@code -Dbench.agency=}), with their notification histories and one audit row
 * each, as JSON Lines to nowhere. Not part of the test run:
 * {@code ./mvnw -Pbench verify -Dbench=ExportBenchmark}. Uses the register {@code bench/import.sh} left in
 * {@code vigil_import_bench} ({@code -Dbench.database=} for another). Writes {@code target/benchmarks/export.md}.
 */
@SpringBootTest(properties = {"vigil.compliance.sweep-enabled=false", "vigil.demo.enabled=false",
    "logging.level.uk.gov.vigil=WARN"})
@ActiveProfiles("test")
class ExportBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 3);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BulkExport export;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        BenchDatabase.register(registry, System.getProperty("bench.database", "vigil_import_bench"));
    }

    @Test
    void exportTheLargestForce() throws IOException {
        String agency = System.getProperty("bench.agency", jdbc.sql("select managing_agency_code from offender"
                + " group by managing_agency_code order by count(*) desc limit 1").query(String.class).single());
        long register = jdbc.sql("select count(*) from offender").query(Long.class).single();
        VigilUser supervisor = new VigilUser("bench.exporter", "Benchmark exporter", agency,
                EnumSet.of(Role.SUPERVISOR));
        BulkExport.Request request = new BulkExport.Request(TransferFormat.JSONL, agency);
        List<Double> seconds = new ArrayList<>();
        long records = 0;
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            records = export.write(request, supervisor, OutputStream.nullOutputStream());
            seconds.add((System.nanoTime() - started) / 1e9);
        }
        Collections.sort(seconds);
        double median = seconds.get(seconds.size() / 2);
        String report = String.format("Export of %s, %,d of %,d offenders, %d runs, %s%n%n"
                + "| median s | min s | max s | records/s (median) |%n|---:|---:|---:|---:|%n"
                + "| %.1f | %.1f | %.1f | %,.0f |%n", agency, records, register, RUNS, Instant.now(), median,
                seconds.get(0), seconds.get(seconds.size() - 1), records / median);
        System.out.println(report);
        Path out = Path.of("target/benchmarks/export.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }
}
