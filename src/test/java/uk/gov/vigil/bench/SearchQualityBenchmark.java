package uk.gov.vigil.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

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
 * How well the national search finds people typed the way officers type them, against two baselines. Not part of
 * the test run: {@code ./mvnw -Pbench verify -Dbench=SearchQualityBenchmark} (PostgreSQL database
 * {@code vigil_bench}, created if missing; {@code -Dbench.size=} people, default 20,000).
 *
 * <p>It registers synthetic people (Datafaker names, a seeded generator), then builds a labelled set of queries,
 * each naming the one person it should find, in ten kinds of variation. The variants are made by rules written
 * here, independently of the search's own name table and phonetic codes: random typing errors, sound-alike
 * respellings, and short forms and transliterations from lists in this file. Each query runs through
 * {@link SearchService}, through a plain baseline (exact or prefix {@code LIKE} on names and aliases, as the old
 * Find page did) and through PostgreSQL {@code pg_trgm} similarity alone.
 *
 * <p>recall@10 is the share of queries whose person is among the first 10 results. precision@10 is, averaged over
 * queries, the share of the results shown in the first 10 that are the person sought (1.0 when the person is the
 * only result; 0 when nothing is returned).
 */
@SpringBootTest(properties = {"vigil.compliance.sweep-enabled=false", "vigil.demo.enabled=false",
    "logging.level.uk.gov.vigil=WARN"})
@ActiveProfiles("test")
class SearchQualityBenchmark {

    private static final int SIZE = Integer.getInteger("bench.size", 20_000);
    private static final int PER_KIND = Integer.getInteger("bench.perKind", 60);
    private static final VigilUser LOADER = new VigilUser("bench.loader", "Benchmark", "NCA", EnumSet.of(Role.ADMIN));

    /** Formal names and the short forms people give: written for this benchmark, not taken from the search. */
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(Map.entry("William", "Billy"),
            Map.entry("Robert", "Bob"), Map.entry("Richard", "Dick"), Map.entry("Elizabeth", "Liz"),
            Map.entry("Margaret", "Peggy"), Map.entry("James", "Jim"), Map.entry("Thomas", "Tommy"),
            Map.entry("Michael", "Mick"), Map.entry("Anthony", "Tony"), Map.entry("Edward", "Ted"),
            Map.entry("Christopher", "Chris"), Map.entry("Daniel", "Danny"), Map.entry("Joseph", "Joe"),
            Map.entry("Nicholas", "Nick"), Map.entry("Patrick", "Paddy"), Map.entry("Stephen", "Steve"),
            Map.entry("Alexander", "Sandy"), Map.entry("Catherine", "Kate"), Map.entry("Susan", "Sue"),
            Map.entry("Henry", "Harry"), Map.entry("Jennifer", "Jenny"), Map.entry("Rebecca", "Becky"),
            Map.entry("Frederick", "Fred"), Map.entry("Kenneth", "Ken"), Map.entry("Timothy", "Tim"));

    /** Names as one record spells them and as another transliterates them. */
    private static final Map<String, String> TRANSLITERATIONS = Map.ofEntries(Map.entry("Mohammed", "Muhammad"),
            Map.entry("Mohamed", "Mohammad"), Map.entry("Yusuf", "Youssef"), Map.entry("Hussein", "Husain"),
            Map.entry("Aleksandr", "Alexandr"), Map.entry("Sergei", "Sergey"), Map.entry("Dmitri", "Dmitry"),
            Map.entry("Mustafa", "Mustapha"), Map.entry("Ibrahim", "Ebrahim"), Map.entry("Ahmed", "Ahmad"),
            Map.entry("Osman", "Usman"), Map.entry("Fatima", "Fatma"), Map.entry("Aisha", "Ayesha"),
            Map.entry("Khalid", "Khaled"), Map.entry("Yuri", "Yury"));

    enum Kind {
        FAMILY_TYPO, GIVEN_TYPO, SOUND_ALIKE, SHORT_FORM, TRANSLITERATION, DOUBLE_BARRELLED_PART, SWAPPED,
        MIDDLE_NAME_LEFT_OUT, DATE_OF_BIRTH_SLIP, ALIAS
    }

    record Person(UUID id, String given, String middle, String family, LocalDate born, PersonName alias) {
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
        BenchDatabase.register(registry);
    }

    @Test
    void recallAndPrecisionAtTenAgainstTheBaselines() throws IOException {
        Random random = new Random(20150310);
        List<Person> people = seed(random);
        List<Query> queries = queries(people, random);
        jdbc.sql("create extension if not exists pg_trgm").update();
        jdbc.sql("vacuum analyze").update();

        Map<String, Function<Query, List<UUID>>> methods = new java.util.LinkedHashMap<>();
        methods.put("Vigil search", this::vigil);
        methods.put("exact or prefix LIKE", this::like);
        methods.put("pg_trgm similarity", this::trigram);
        StringBuilder table = new StringBuilder("| kind | queries |");
        methods.keySet().forEach(m -> table.append(" ").append(m).append(" recall@10 | precision@10 |"));
        table.append("\n|---|---:|").append("---:|---:|".repeat(methods.size())).append('\n');
        Map<String, double[]> totals = new java.util.HashMap<>();
        List<Double> vigilMillis = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Query> ofKind = queries.stream().filter(q -> q.kind() == kind).toList();
            table.append("| ").append(kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" | ")
                    .append(ofKind.size()).append(" |");
            for (var method : methods.entrySet()) {
                double recall = 0;
                double precision = 0;
                for (Query q : ofKind) {
                    long started = System.nanoTime();
                    List<UUID> top = method.getValue().apply(q);
                    if (method.getKey().equals("Vigil search")) {
                        vigilMillis.add((System.nanoTime() - started) / 1e6);
                    }
                    top = top.subList(0, Math.min(10, top.size()));
                    if (top.contains(q.target())) {
                        recall++;
                        precision += 1.0 / top.size();
                    }
                }
                double[] t = totals.computeIfAbsent(method.getKey(), k -> new double[3]);
                t[0] += recall;
                t[1] += precision;
                t[2] += ofKind.size();
                table.append(String.format(Locale.ROOT, " %.3f | %.3f |", recall / ofKind.size(),
                        precision / ofKind.size()));
            }
            table.append('\n');
        }
        table.append("| **all** | ").append(queries.size()).append(" |");
        for (String m : methods.keySet()) {
            double[] t = totals.get(m);
            table.append(String.format(Locale.ROOT, " **%.3f** | **%.3f** |", t[0] / t[2], t[1] / t[2]));
        }
        Collections.sort(vigilMillis);
        table.append(String.format(Locale.ROOT, "%n%d people, %d names; Vigil search median %.1f ms per query "
                        + "(this run, not the speed benchmark).%n", people.size(),
                jdbc.sql("select (select count(*) from offender) + (select count(*) from offender_alias)")
                        .query(Long.class).single(), vigilMillis.get(vigilMillis.size() / 2)));
        System.out.println(table);
        Path out = Path.of("target/benchmarks/search-quality.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }

    private List<UUID> vigil(Query q) {
        return search.search(new SearchService.Query(q.given(), q.family(),
                q.born() == null ? BirthDateQuery.NONE : BirthDateQuery.exactly(q.born()), null, null, null, null,
                null, null, null), LOADER).results().stream().map(r -> r.summary().id().value()).toList();
    }

    /** The plain search: names (or aliases) that are, or begin with, what was typed; the date of birth exact. */
    private List<UUID> like(Query q) {
        return jdbc.sql("""
                select o.id from offender o
                where (lower(o.family_name) like :family and lower(o.given_names) like :given
                    or exists (select 1 from offender_alias a where a.offender_id = o.id
                        and lower(a.family_name) like :family and lower(a.given_names) like :given))
                  and (cast(:born as date) is null or o.date_of_birth = :born)
                order by o.family_name, o.given_names, o.id limit 10""")
                .param("family", q.family().toLowerCase(Locale.ROOT) + "%")
                .param("given", q.given().toLowerCase(Locale.ROOT) + "%")
                .param("born", q.born())
                .query(UUID.class).list();
    }

    /** pg_trgm alone: the ten names (primary or alias) most similar to the whole name typed. */
    private List<UUID> trigram(Query q) {
        return jdbc.sql("""
                select id from (
                    select id, similarity(given_names || ' ' || family_name, :name) s from offender
                    union all
                    select offender_id, similarity(given_names || ' ' || family_name, :name) from offender_alias
                ) names group by id order by max(s) desc, id limit 10""")
                .param("name", q.given() + " " + q.family())
                .query(UUID.class).list();
    }

    private List<Person> seed(Random random) {
        BenchDatabase.emptyRegister(jdbc);
        Faker faker = new Faker(Locale.UK, new Random(random.nextLong()));
        List<String> shortFormNames = List.copyOf(SHORT_FORMS.keySet());
        List<String> transliterated = List.copyOf(TRANSLITERATIONS.keySet());
        List<Person> people = new ArrayList<>();
        List<OffenderDetails> batch = new ArrayList<>();
        List<Person> pending = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            int roll = random.nextInt(100);
            String given = roll < 15 ? shortFormNames.get(random.nextInt(shortFormNames.size()))
                    : roll < 20 ? transliterated.get(random.nextInt(transliterated.size()))
                    : faker.name().firstName();
            String middle = random.nextInt(10) < 4 ? faker.name().firstName() : null;
            String family = faker.name().lastName().replace(" ", "");
            if (random.nextInt(100) < 5) {
                family = family + "-" + faker.name().lastName().replace(" ", "");
            }
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
            PersonName alias = random.nextInt(5) == 0
                    ? new PersonName(faker.name().firstName(), faker.name().lastName().replace(" ", "")) : null;
            pending.add(new Person(null, given, middle, family, born, alias));
            batch.add(new OffenderDetails(new PersonName(middle == null ? given : given + " " + middle, family),
                    alias == null ? List.of() : List.of(alias), born, List.of(), Sex.MALE, "GB", null, List.of(),
                    null, List.of(new Conviction("SOA2003-S3", born.plusYears(18), "Snaresbrook Crown Court",
                            Disposal.IMPRISONMENT, 24)), List.of(), new Management("MET", null, null, null),
                    RecordStatus.ACTIVE));
            if (batch.size() == 1_000 || i == SIZE - 1) {
                var stored = offenders.importBatch(batch, LOADER);
                if (!stored.rejected().isEmpty()) {
                    throw new IllegalStateException("The generator made invalid people: " + stored.rejected());
                }
                for (int j = 0; j < stored.stored().size(); j++) {
                    Person p = pending.get(j);
                    people.add(new Person(stored.stored().get(j).id().value(), p.given(), p.middle(), p.family(),
                            p.born(), p.alias()));
                }
                batch.clear();
                pending.clear();
            }
        }
        return people;
    }

    private List<Query> queries(List<Person> people, Random random) {
        Map<Kind, List<Query>> byKind = new EnumMap<>(Kind.class);
        List<Person> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, random);
        for (Person p : shuffled) {
            for (Kind kind : Kind.values()) {
                List<Query> list = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
                if (list.size() >= PER_KIND) {
                    continue;
                }
                Query q = variant(kind, p, random);
                if (q != null) {
                    list.add(q);
                    break;
                }
            }
        }
        List<Query> all = new ArrayList<>();
        byKind.values().forEach(all::addAll);
        return all;
    }

    private static Query variant(Kind kind, Person p, Random random) {
        return switch (kind) {
            case FAMILY_TYPO -> p.family().length() < 5 ? null
                    : new Query(kind, p.id(), p.given(), typo(p.family(), random), null);
            case GIVEN_TYPO -> p.given().length() < 5 ? null
                    : new Query(kind, p.id(), typo(p.given(), random), p.family(), null);
            case SOUND_ALIKE -> {
                String respelt = respell(p.family());
                yield respelt.equalsIgnoreCase(p.family()) ? null : new Query(kind, p.id(), p.given(), respelt, null);
            }
            case SHORT_FORM -> SHORT_FORMS.containsKey(p.given())
                    ? new Query(kind, p.id(), SHORT_FORMS.get(p.given()), p.family(), null) : null;
            case TRANSLITERATION -> TRANSLITERATIONS.containsKey(p.given())
                    ? new Query(kind, p.id(), TRANSLITERATIONS.get(p.given()), p.family(), null) : null;
            case DOUBLE_BARRELLED_PART -> p.family().contains("-")
                    ? new Query(kind, p.id(), p.given(), p.family().split("-")[random.nextInt(2)], null) : null;
            case SWAPPED -> new Query(kind, p.id(), p.family(), p.given(), null);
            case MIDDLE_NAME_LEFT_OUT -> p.middle() == null ? null
                    : new Query(kind, p.id(), p.given(), p.family(), null);
            case DATE_OF_BIRTH_SLIP -> new Query(kind, p.id(), p.given(), p.family(), slip(p.born(), random));
            case ALIAS -> p.alias() == null ? null
                    : new Query(kind, p.id(), p.alias().givenNames(), p.alias().familyName(), null);
        };
    }

    /** One typing error inside the word: a letter dropped, doubled, replaced, or swapped with the next. */
    static String typo(String word, Random random) {
        int at = 1 + random.nextInt(word.length() - 2);
        char c = (char) ('a' + random.nextInt(26));
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            case 2 -> word.substring(0, at) + c + word.substring(at + 1);
            default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
    }

    /** A spelling that sounds the same, by the first of these English spelling rules that applies. */
    static String respell(String word) {
        String[][] rules = {{"ph", "f"}, {"ck", "k"}, {"ey", "y"}, {"ie", "y"}, {"y", "i"}, {"ll", "l"},
            {"tt", "t"}, {"nn", "n"}, {"ss", "s"}, {"son", "sen"}, {"th", "t"}, {"ou", "ow"}, {"ai", "ay"},
            {"ee", "ea"}, {"c", "k"}, {"z", "s"}, {"s", "z"}};
        String lower = word.toLowerCase(Locale.ROOT);
        for (String[] rule : rules) {
            int at = lower.indexOf(rule[0], 1);
            if (at > 0) {
                String changed = lower.substring(0, at) + rule[1] + lower.substring(at + rule[0].length());
                return Character.toUpperCase(changed.charAt(0)) + changed.substring(1);
            }
        }
        return word;
    }

    /** One digit of the date changed, or the day and month swapped, as long as it is still a real date. */
    static LocalDate slip(LocalDate born, Random random) {
        if (born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue() && random.nextBoolean()) {
            return LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
        }
        String digits = born.toString().replace("-", "");
        while (true) {
            int at = random.nextInt(8);
            char d = (char) ('0' + random.nextInt(10));
            if (d == digits.charAt(at)) {
                continue;
            }
            String changed = digits.substring(0, at) + d + digits.substring(at + 1);
            try {
                return LocalDate.of(Integer.parseInt(changed.substring(0, 4)),
                        Integer.parseInt(changed.substring(4, 6)), Integer.parseInt(changed.substring(6)));
            } catch (java.time.DateTimeException notADate) {
                // try another digit
            }
        }
    }
}
