package uk.gov.vigil.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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

import uk.gov.vigil.whereabouts.application.WhereaboutsService;

/**
 * How long the whereabouts-unknown figures for a date take as the register grows, with one offender in a hundred
 * having a whereabouts case (the real rate was under 1%). Not part of the test run:
 * {@code ./mvnw -Pbench verify -Dbench=WhereaboutsFiguresBenchmark}. Needs PostgreSQL (database
 * {@code vigil_bench}). Writes its table to {@code target/benchmarks/whereabouts-figures.md}.
 */
@SpringBootTest(properties = {"vigil.compliance.sweep-enabled=false", "vigil.demo.enabled=false",
    "spring.flyway.clean-disabled=false", "logging.level.uk.gov.vigil=WARN"})
@ActiveProfiles("test")
class WhereaboutsFiguresBenchmark {

    private static final int RUNS = Integer.getInteger("bench.runs", 7);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WhereaboutsService whereabouts;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        BenchDatabase.register(registry);
    }

    @Test
    void figuresAgainstRegisterSize() throws IOException {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "10000,100000,1000000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        List<LocalDate> dates = List.of(LocalDate.of(2015, 3, 10), LocalDate.of(2020, 1, 1), LocalDate.now());
        StringBuilder table = new StringBuilder("| offenders | cases | as of | counted | median ms | min ms | max ms |\n"
                + "|---:|---:|---|---:|---:|---:|---:|\n");
        for (int size : sizes) {
            int cases = seed(size);
            for (LocalDate date : dates) {
                whereabouts.figures(date);
                List<Double> millis = new ArrayList<>();
                int counted = 0;
                for (int run = 0; run < RUNS; run++) {
                    long started = System.nanoTime();
                    counted = whereabouts.figures(date).total();
                    millis.add((System.nanoTime() - started) / 1e6);
                }
                Collections.sort(millis);
                String row = String.format("| %,d | %,d | %s | %,d | %.1f | %.1f | %.1f |%n", size, cases, date,
                        counted, millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1));
                System.out.print(row);
                table.append(row);
            }
        }
        String report = "Whereabouts figures, " + RUNS + " runs each after one warm-up, " + Instant.now() + "\n\n"
                + table;
        System.out.println(report);
        Path out = Path.of("target/benchmarks/whereabouts-figures.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** N offenders across the forces, one in a hundred with a case unknown since 1998-2025, two thirds located. */
    private int seed(int size) {
        jdbc.sql("truncate whereabouts_case_event, whereabouts_case, task, compliance_case, obligation, notification,"
                + " notification_requirement, offender_revision, offender_alias, offender_alias_date_of_birth,"
                + " offender_mark, offender_passport, conviction, offender_address, offender cascade").update();
        jdbc.sql("""
                insert into offender (id, version, status, given_names, family_name, date_of_birth, sex,
                    managing_agency_code, created_at, created_by, updated_at, updated_by)
                select gen_random_uuid(), 1, 'ACTIVE', 'Bench', 'Offender ' || g, date '1970-01-01' + (g % 15000),
                    'MALE', (array(select code from agency where type = 'POLICE_FORCE' order by code))[1 + g % 46],
                    now(), 'bench', now(), 'bench'
                from generate_series(1, :n) g""").param("n", size).update();
        int cases = jdbc.sql("""
                insert into whereabouts_case (id, version, offender_id, agency_code, state, opened_on, opened_by,
                    opening_reason, unknown_since, circumstance, located_on, located_place, located_by_agency,
                    located_how, updated_at, updated_by)
                select gen_random_uuid(), 1, o.id, o.managing_agency_code,
                    case when h % 3 = 0 then 'WHEREABOUTS_UNKNOWN' else 'LOCATED' end,
                    date '1998-01-01' + (h % 10000), 'bench', 'NOT_AT_NOTIFIED_ADDRESS', date '1998-01-01' + (h % 10000),
                    (array['NO_FIXED_ABODE', 'BELIEVED_ABROAD', 'OTHER'])[1 + h % 3],
                    case when h % 3 = 0 then null else date '1998-01-01' + (h % 10000) + (h % 2000) end,
                    case when h % 3 = 0 then null else 'Found' end,
                    case when h % 3 = 0 then null else o.managing_agency_code end,
                    case when h % 3 = 0 then null else 'ARRESTED' end, now(), 'bench'
                from (select id, managing_agency_code, abs(hashtext(id::text)) h from offender) o
                where o.h % 100 = 0""").update();
        jdbc.sql("vacuum analyze").update();
        return cases;
    }
}
