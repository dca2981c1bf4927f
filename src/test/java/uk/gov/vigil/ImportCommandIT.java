package uk.gov.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.support.IntegrationTestBase;

/** {@code vigil import}, run as the command line runs it, against the test database. */
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandIT extends IntegrationTestBase {

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private int runCommand(String... arguments) {
        return run("import", arguments);
    }

    private int run(String command, String... arguments) {
        List<String> args = new java.util.ArrayList<>();
        args.addAll(List.of(arguments));
        args.addAll(List.of("--spring.profiles.active=test",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", "")));
        return SpringApplication.exit(VigilApplication.commandLine()
                .run(VigilApplication.commandArguments(command, args.toArray(String[]::new))));
    }

    private static OffenderDetails metOffender() {
        return OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(2017,
                ThreadLocalRandom.current().nextInt(100_000, 999_999))).managedBy("MET", null).build();
    }

    @Test
    void importsAFileWithAProgressBarAndWritesTheRejectedRowsToAReport(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        OffenderDetails good = metOffender();
        OffenderFixtures.Builder unnamed = OffenderFixtures.valid().managedBy("MET", null);
        unnamed.name = new PersonName("Alan", "");
        Path file = dir.resolve("legacy.jsonl");
        Files.writeString(file, json.writeValueAsString(Map.of("sourceReference", "CLI-1", "offender", good)) + "\n"
                + json.writeValueAsString(Map.of("sourceReference", "CLI-2", "offender", unnamed.build())) + "\n");
        String source = "cli-" + ThreadLocalRandom.current().nextInt(10_000_000);

        assertThat(runCommand(file.toString(), "--source=" + source, "--as=" + TestUser.MET_SUPERVISOR.username))
                .isZero();

        assertThat(output.getErr()).contains("[##############################] 100%");
        assertThat(output.getOut()).contains("2 records read, 1 stored, 0 skipped (already imported), 1 rejected");
        assertThat(jdbc.sql("select count(*) from offender where pnc_id = :p").param("p", good.identifiers().pncId())
                .query(Long.class).single()).isOne();
        List<String> report = Files.readAllLines(dir.resolve("legacy.jsonl.rejected.csv"));
        assertThat(report).containsExactly("line,sourceReference,field,message",
                "2,CLI-2,offender.name.familyName," + report.get(1).substring(report.get(1).lastIndexOf(',') + 1));

        assertThat(runCommand(file.toString(), "--source=" + source, "--as=" + TestUser.MET_SUPERVISOR.username))
                .isZero();
        assertThat(output.getOut()).contains("2 records read, 0 stored, 1 skipped (already imported), 1 rejected");
    }

    @Test
    void refusesAUserWhoseRoleCannotImportAndAMissingFile(@TempDir Path dir, CapturedOutput output)
            throws Exception {
        Path file = dir.resolve("x.jsonl");
        Files.writeString(file, "");

        assertThat(runCommand(file.toString(), "--source=x", "--as=" + TestUser.MET_OM.username)).isEqualTo(2);
        assertThat(output.getErr()).contains("Your role cannot import offenders in bulk");
        assertThat(runCommand(dir.resolve("missing.jsonl").toString(), "--source=x",
                "--as=" + TestUser.MET_SUPERVISOR.username)).isEqualTo(2);
        assertThat(output.getErr()).contains("Cannot read");
    }

    @Test
    void aGeneratedSyntheticRegisterIsTheSameForTheSameSeedAndImportsWithoutARejection(@TempDir Path dir,
            CapturedOutput output) throws Exception {
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        long seed = ThreadLocalRandom.current().nextLong(1, 1_000_000);

        assertThat(run("generate", "--offenders=40", "--seed=" + seed, "--out=" + first)).isZero();
        assertThat(run("generate", "--offenders=40", "--seed=" + seed, "--out=" + second)).isZero();

        assertThat(Files.readAllLines(first)).hasSize(40).isEqualTo(Files.readAllLines(second));
        assertThat(runCommand(first.toString(), "--source=synthetic-" + seed, "--as=" + TestUser.ADMIN.username))
                .isZero();
        assertThat(output.getOut()).contains("40 records read, 40 stored, 0 skipped (already imported), 0 rejected");
    }
}
