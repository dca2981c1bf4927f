package uk.gov.vigil.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import uk.gov.vigil.rules.Deadline;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.rules.PeriodCase;
import uk.gov.vigil.rules.PeriodDecision;
import uk.gov.vigil.rules.Sentence;
import uk.gov.vigil.search.domain.NameEquivalents;
import uk.gov.vigil.search.domain.NameKeys;

/**
 * The pure code on the hot paths: the notification-period rule and the next periodic deadline (run for every
 * imported offender and every notification), and the search keys of a name (written for every name, and looked up
 * for every search). Run by {@link JmhBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RulesAndNameKeysJmh {

    private final EnglandAndWales rules = new EnglandAndWales();
    private final NameKeys keys = new NameKeys(NameEquivalents.standard());
    private final PeriodCase adultFourYears = new PeriodCase(LocalDate.of(1980, 5, 17), LocalDate.of(2015, 3, 2),
            Sentence.IMPRISONMENT, 48, List.of());
    private final PeriodCase youthCaution = new PeriodCase(LocalDate.of(2001, 5, 17), LocalDate.of(2016, 3, 2),
            Sentence.CAUTION, null, List.of());

    @Benchmark
    public PeriodDecision notificationPeriodAdultImprisonment() {
        return rules.notificationPeriod(adultFourYears);
    }

    @Benchmark
    public PeriodDecision notificationPeriodYouthCaution() {
        return rules.notificationPeriod(youthCaution);
    }

    @Benchmark
    public Deadline periodicDeadline() {
        return rules.periodicNotification(LocalDate.of(2025, 6, 1), false, List.of());
    }

    @Benchmark
    public Set<String> nameKeysToStore() {
        return keys.of("John Paul", "Smith");
    }

    @Benchmark
    public Set<String> nameKeysToLookUp() {
        return keys.lookup("Jon", "Smyth");
    }
}
