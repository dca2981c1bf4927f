package uk.gov.vigil.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH micro-benchmarks ({@code ./mvnw -Pbench verify -Dbench=JmhBenchmark}): two forks, five warm-up
 * and ten measured iterations of one second each. Writes the table to {@code target/benchmarks/jmh.txt}.
 */
class JmhBenchmark {

    @Test
    void run() throws Exception {
        Options options = new OptionsBuilder()
                .include(RulesAndNameKeysJmh.class.getName())
                .forks(Integer.getInteger("bench.forks", 2))
                .warmupIterations(5).warmupTime(TimeValue.seconds(1))
                .measurementIterations(10).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Xmx1g")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        StringBuilder table = new StringBuilder("| benchmark | mean ns/op | error (99.9%) |\n|---|---:|---:|\n");
        for (RunResult r : results) {
            var s = r.getPrimaryResult();
            table.append(String.format(Locale.UK, "| %s | %,.1f | ± %,.1f |%n",
                    r.getParams().getBenchmark().replaceAll(".*\\.", ""), s.getScore(), s.getScoreError()));
        }
        Path out = Path.of("target/benchmarks/jmh.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println(table);
    }
}
