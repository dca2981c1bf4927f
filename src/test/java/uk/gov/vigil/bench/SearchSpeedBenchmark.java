package uk.gov.vigil.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import net.datafaker.Faker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.vigil.access.Role;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.offender.domain.Sex;
import uk.gov.vigil.search.application.SearchService;
import uk.gov.vigil.search.domain.BirthDateQuery;

/**
 * How fast the national search answers on a register of national size. Not part of the test run:
 * {@code ./mvnw -Pbench verify -Dbench=SearchSpeedBenchmark} ({@code -Dbench.size=} offenders, default
 * 1,000,000; {@code -Dbench.db=h2} for the embedded database; {@code -Dbench.heap=}, default 1g, is the JVM's
 * {@code -Xmx}).
 *
 * <p>The register is loaded through {@link OffenderService#importBatch}, the service's own write path, so name
 * keys and obligations are written as they would be in use. It has its own database ({@code vigil_bench_search})
 * and a database already holding the size asked for is reused. Each synthetic offender has a Datafaker name and zero to four aliases (two on average), so a million
 * offenders have about three million names.
 *
 * <p>Queries are drawn from the register (a seeded sample): a name as recorded, with a typing error, respelt,
 * swapped, an alias, or a name with a date of birth one digit out. Each runs through {@link SearchService} as an
 * offender manager in one force searching nationally, audit record included. The harness times a single user
 * (one query after another) and then eight users at once, and checks that the person sought is in the first ten
 * results, so a search that got faster by finding less would show.
 */
@SpringBootTest(properties = {"vigil.compliance.sweep-enabled=false", "vigil.demo.enabled=false",
    "logging.level.uk.gov.vigil=WARN"})
@ActiveProfiles("test")
class SearchSpeedBenchmark {

    private static final int SIZE = Integer.getInteger("bench.size", 1_000_000);
    private static final int QUERIES = Integer.getInteger("bench.queries", 2_000);
    private static final int USERS = Integer.getInteger("bench.users", 8);
    private static final int BATCH = 2_000;
    private static final List<String> FORCES = List.of("MET", "GMP", "WMD", "WYK", "TVP", "HAM", "KNT", "ESX",
            "LAN", "MER", "AVS", "SYK", "NTB", "DVC", "SRY", "HRT", "SWA", "STF", "NOT", "LEI");
    private static final VigilUser LOADER = new VigilUser("bench.loader", "Benchmark", "NCA", EnumSet.of(Role.ADMIN));
    private static final VigilUser OFFICER = new VigilUser("bench.officer", "Benchmark officer", "HRT",
            EnumSet.of(Role.OFFENDER_MANAGER));

    enum Kind {
        AS_RECORDED, TYPING_ERROR, RESPELT, SWAPPED, ALIAS, WITH_DATE_OF_BIRTH
    }

    record Query(Kind kind, UUID target, String given, String family, LocalDate born) {
    }

    @Autowired
    OffenderService offenders;

    @Autowired
    SearchService search;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        BenchDatabase.register(registry, "vigil_bench_search");
    }

    @Test
    void latencyAndThroughputAtNationalSize() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Database: %s; JVM %s, max heap %d MB; %d processors%n",
                BenchDatabase.describe(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors()));
        long have = count("select count(*) from offender");
        if (have != SIZE) {
            if (have > 0 && BenchDatabase.h2()) {
                throw new IllegalStateException("target/bench/ holds a register of another size: delete it to load "
                        + SIZE);
            }
            long started = System.nanoTime();
            load(have > 0);
            double seconds = (System.nanoTime() - started) / 1e9;
            report.append(String.format(Locale.ROOT, "Loaded %d offenders through importBatch on %d threads in %.0f s "
                    + "(%.0f offenders/s)%n", SIZE, Integer.getInteger("bench.loaders", 2), seconds, SIZE / seconds));
        } else {
            report.append("Register reused from an earlier run\n");
        }
        jdbc.sql(BenchDatabase.h2() ? "analyze" : "vacuum analyze").update();
        report.append(String.format(Locale.ROOT, "%d offenders, %d names (primary and alias), %d name keys%n",
                count("select count(*) from offender"),
                count("select (select count(*) from offender) + (select count(*) from offender_alias)"),
                count("select count(*) from name_key")));

        List<Query> queries = queries(new Random(19_032_015));
        List<Query> warmUp = queries.subList(0, Math.min(300, queries.size()));
        warmUp.forEach(this::run);

        List<Double> single = new ArrayList<>();
        int found = 0;
        for (Query q : queries) {
            long started = System.nanoTime();
            List<UUID> top = run(q);
            single.add((System.nanoTime() - started) / 1e6);
            if (top.subList(0, Math.min(10, top.size())).contains(q.target())) {
                found++;
            }
        }
        Collections.sort(single);
        report.append(String.format(Locale.ROOT, "One user, %d queries: median %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms; person sought in the first ten for %.3f of queries%n", queries.size(),
                percentile(single, 50), percentile(single, 95), percentile(single, 99),
                single.get(single.size() - 1), (double) found / queries.size()));

        AtomicInteger next = new AtomicInteger();
        List<Double> loaded = Collections.synchronizedList(new ArrayList<>());
        int total = queries.size() * 2;
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        long started = System.nanoTime();
        List<Future<?>> users = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            users.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    run(queries.get(i % queries.size()));
                    loaded.add((System.nanoTime() - t) / 1e6);
                }
            }));
        }
        for (Future<?> user : users) {
            user.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        List<Double> sorted = new ArrayList<>(loaded);
        Collections.sort(sorted);
        report.append(String.format(Locale.ROOT, "%d users, %d queries: %.0f searches/s; median %.1f ms, "
                        + "p95 %.1f ms each%n", USERS, total, total / seconds, percentile(sorted, 50),
                percentile(sorted, 95)));
        System.gc();
        report.append(String.format(Locale.ROOT, "Ran within a %d MB heap (-Xmx); heap in use after a full "
                        + "collection at the end: %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024)));
        System.out.println(report);
        Path out = Path.of("target/benchmarks/search-speed-" + (BenchDatabase.h2() ? "h2" : "postgres") + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private List<UUID> run(Query q) {
        return search.search(new SearchService.Query(q.given(), q.family(),
                q.born() == null ? BirthDateQuery.NONE : BirthDateQuery.exactly(q.born()), null, null, null, null,
                null, null, null), OFFICER).results().stream().map(r -> r.summary().id().value()).toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Generates the register in order, and imports it in batches on {@code bench.loaders} threads (default 2). */
    private void load(boolean emptyFirst) throws Exception {
        if (emptyFirst) {
            BenchDatabase.emptyRegister(jdbc);
        }
        int threads = Integer.getInteger("bench.loaders", 2);
        ExecutorService loaders = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<?>> imports = new ArrayList<>();
        Random random = new Random(1_000_003);
        Faker faker = new Faker(Locale.UK, new Random(random.nextLong()));
        List<OffenderDetails> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < SIZE; i++) {
            batch.add(offender(faker, random));
            if (batch.size() == BATCH || i == SIZE - 1) {
                List<OffenderDetails> rows = List.copyOf(batch);
                batch.clear();
                inFlight.acquire();
                imports.add(loaders.submit(() -> {
                    try {
                        var stored = offenders.importBatch(rows, LOADER);
                        if (!stored.rejected().isEmpty()) {
                            throw new IllegalStateException("The generator made " + stored.rejected().size()
                                    + " invalid people, the first: " + stored.rejected().values().iterator().next());
                        }
                    } finally {
                        inFlight.release();
                    }
                }));
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf(Locale.ROOT, "generated %d%n", i + 1);
                }
            }
        }
        for (Future<?> imported : imports) {
            imported.get();
        }
        loaders.shutdown();
    }

    private static OffenderDetails offender(Faker faker, Random random) {
        String given = faker.name().firstName();
        String middle = random.nextInt(10) < 4 ? " " + faker.name().firstName() : "";
        String family = surname(faker, random);
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(23_000));
        LocalDate adult = born.plusYears(18);
        LocalDate convicted = adult.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(adult,
                LocalDate.of(2026, 1, 1))));
        List<PersonName> aliases = new ArrayList<>();
        int count = random.nextInt(5);
        for (int a = 0; a < count; a++) {
            aliases.add(random.nextBoolean() ? new PersonName(given, surname(faker, random))
                    : new PersonName(faker.name().firstName(), random.nextBoolean() ? family
                            : surname(faker, random)));
        }
        return new OffenderDetails(new PersonName(given + middle, family), aliases, born, List.of(),
                random.nextInt(100) < 97 ? Sex.MALE : Sex.FEMALE, "GB", null, List.of(), null,
                List.of(new Conviction("SOA2003-S3", convicted, "Snaresbrook Crown Court", Disposal.IMPRISONMENT,
                        6 + random.nextInt(60))),
                List.of(), new Management(FORCES.get(random.nextInt(FORCES.size())), null, null, null),
                RecordStatus.ACTIVE);
    }

    private static String surname(Faker faker, Random random) {
        String family = faker.name().lastName().replace(" ", "");
        return random.nextInt(100) < 5 ? family + "-" + faker.name().lastName().replace(" ", "") : family;
    }

    private List<Query> queries(Random random) {
        List<UUID> ids = jdbc.sql("select id from offender order by id").query(UUID.class).list();
        List<Query> queries = new ArrayList<>();
        Kind[] kinds = Kind.values();
        while (queries.size() < QUERIES) {
            UUID id = ids.get(random.nextInt(ids.size()));
            Query recorded = jdbc.sql("select given_names, family_name, date_of_birth from offender where id = :id")
                    .param("id", id)
                    .query((rs, n) -> new Query(Kind.AS_RECORDED, id, rs.getString(1).split(" ")[0], rs.getString(2),
                            rs.getObject(3, LocalDate.class)))
                    .single();
            String given = recorded.given();
            String family = recorded.family();
            LocalDate born = recorded.born();
            Kind kind = kinds[random.nextInt(kinds.length)];
            Query q = switch (kind) {
                case AS_RECORDED -> new Query(kind, id, given, family, null);
                case TYPING_ERROR -> family.length() < 5 ? null
                        : new Query(kind, id, given, SearchQualityBenchmark.typo(family, random), null);
                case RESPELT -> {
                    String respelt = SearchQualityBenchmark.respell(family);
                    yield respelt.equalsIgnoreCase(family) ? null : new Query(kind, id, given, respelt, null);
                }
                case SWAPPED -> new Query(kind, id, family, given, null);
                case ALIAS -> jdbc.sql("select given_names, family_name from offender_alias where offender_id = :id"
                                + " order by position").param("id", id)
                        .query((rs, n) -> new Query(kind, id, rs.getString(1), rs.getString(2), null)).list()
                        .stream().findFirst().orElse(null);
                case WITH_DATE_OF_BIRTH -> new Query(kind, id, given, family, SearchQualityBenchmark.slip(born,
                        random));
            };
            if (q != null) {
                queries.add(q);
            }
        }
        return queries;
    }
}
