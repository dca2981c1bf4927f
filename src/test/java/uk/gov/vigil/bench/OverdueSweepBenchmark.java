package uk.gov.vigil.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.vigil.compliance.application.OverdueSweep;

/**
 * How long the overdue sweep takes as the register grows, with few obligations due. Not part of the test run:
 * {@code ./mvnw -Pbench verify -Dbench=OverdueSweepBenchmark}. Needs PostgreSQL (database {@code vigil_bench},
 * created if missing). Prints a Markdown table and writes it to {@code target/benchmarks/overdue-sweep.md}.
 */
@SpringBootTest(properties = {"vigil.compliance.sweep-enabled=false", "vigil.demo.enabled=false",
    "spring.flyway.clean-disabled=false", "logging.level.uk.gov.vigil=WARN"})
@ActiveProfiles("test")
class OverdueSweepBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OverdueSweep sweep;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        BenchDatabase.register(registry);
    }

    @Test
    void sweepCostAgainstRegisterSize() throws IOException {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000,1000000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int[] dueCounts = {0, 100, 1000};
        StringBuilder table = new StringBuilder("| obligations | due | median ms | min ms | max ms | missed per run |\n"
                + "|---:|---:|---:|---:|---:|---:|\n");
        for (int size : sizes) {
            seed(size);
            for (int due : dueCounts) {
                List<Double> millis = new ArrayList<>();
                int missed = 0;
                for (int run = 0; run < RUNS; run++) {
                    makeDue(due);
                    long started = System.nanoTime();
                    missed = sweep.sweep();
                    millis.add((System.nanoTime() - started) / 1e6);
                }
                Collections.sort(millis);
                String row = String.format("| %,d | %,d | %.1f | %.1f | %.1f | %d |%n", size, due,
                        millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), missed);
                System.out.print(row);
                table.append(row);
            }
        }
        String plan = String.join("\n", jdbc.sql("explain select id from obligation where state = 'OPEN'"
                + " and deadline_at <= now() order by deadline_at limit 500").query(String.class).list());
        String report = "Overdue sweep, " + RUNS + " runs each, " + Instant.now() + "\n\n" + table
                + "\nQuery plan at the largest size:\n\n```\n" + plan + "\n```\n";
        System.out.println(report);
        Path out = Path.of("target/benchmarks/overdue-sweep.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** N offenders, each with one open periodic obligation due between tomorrow and a year away. */
    private void seed(int size) {
        jdbc.sql("truncate task, compliance_case, obligation, notification, notification_requirement, offender_alias,"
                + " offender_alias_date_of_birth, offender_mark, offender_passport, conviction, offender_address,"
                + " offender cascade").update();
        jdbc.sql("""
                insert into offender (id, version, status, given_names, family_name, date_of_birth, sex,
                    managing_agency_code, created_at, created_by, updated_at, updated_by)
                select gen_random_uuid(), 1, 'ACTIVE', 'Bench', 'Offender ' || g, date '1970-01-01' + (g % 15000),
                    'MALE', 'MET', now(), 'bench', now(), 'bench'
                from generate_series(1, :n) g""").param("n", size).update();
        jdbc.sql("""
                insert into obligation (id, offender_id, kind, state, last_day, deadline_at, citation, explanation,
                    rule_version, inputs, created_at)
                select gen_random_uuid(), o.id, 'PERIODIC', 'OPEN', current_date + d, (current_date + d + 1)::timestamptz,
                    's.85(1) SOA 2003', 'benchmark', 'england-wales/1', '{}', now()
                from (select id, 1 + (abs(hashtext(id::text)) % 365) d from offender) o""").update();
        jdbc.sql("vacuum analyze").update();
    }

    /** Resets the previous run and puts {@code due} obligations past their deadline. */
    private void makeDue(int due) {
        jdbc.sql("delete from task").update();
        jdbc.sql("delete from compliance_case").update();
        jdbc.sql("update obligation set state = 'OPEN', closed_at = null,"
                + " deadline_at = (last_day + 1)::timestamptz where state <> 'OPEN' or deadline_at < now()").update();
        if (due > 0) {
            jdbc.sql("update obligation set deadline_at = now() - interval '1 hour' where id in"
                    + " (select id from obligation order by id limit :due)").param("due", due).update();
        }
        // Start each timed run from a steady state: no dead rows from the reset, nothing waiting to be flushed.
        jdbc.sql("vacuum analyze obligation").update();
        jdbc.sql("checkpoint").update();
    }
}
