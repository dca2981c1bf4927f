package uk.gov.vigil.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every golden scenario in {@code src/test/resources/golden/risk}: one file per case, named after its source
 * (the NPCC visit practice, reactive management, s.96B SOA 2003, and Vigil's priority rule with its documented
 * default weights), with the input and the expected result worked out by hand.
 */
class RiskGoldenScenariosTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String> scenarios() throws IOException, URISyntaxException {
        Path folder = Paths.get(RiskGoldenScenariosTest.class.getResource("/golden/risk").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    @Test
    void everyRuleHasScenarios() throws Exception {
        List<String> names = scenarios().toList();
        for (String prefix : List.of("priority-", "visits-npcc-", "reactive-npcc-2017-", "s96B-")) {
            assertThat(names).as(prefix).filteredOn(n -> n.startsWith(prefix)).hasSizeGreaterThanOrEqualTo(5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(String file) throws IOException {
        JsonNode scenario;
        try (InputStream in = getClass().getResourceAsStream("/golden/risk/" + file)) {
            scenario = JSON.readTree(in);
        }
        JsonNode in = scenario.get("input");
        JsonNode expected = scenario.get("expected");
        switch (scenario.get("rule").asString()) {
            case "priority" -> {
                Priority priority = PriorityRules.score(JSON.treeToValue(in, PrioritySignals.class),
                        PriorityWeights.DEFAULTS);
                assertThat(priority.score()).isEqualTo(expected.get("score").asInt());
                List<Priority.Factor> factors = new ArrayList<>();
                for (JsonNode f : expected.get("factors")) {
                    factors.add(new Priority.Factor(f.get("code").asString(), f.get("explanation").asString(),
                            f.get("points").asInt()));
                }
                assertThat(priority.factors()).containsExactlyElementsOf(factors);
                assertThat(priority.version()).isEqualTo(PriorityRules.VERSION);
            }
            case "visit-schedule" -> {
                VisitDue due = VisitSchedule.next(JSON.treeToValue(in, VisitSchedule.Inputs.class),
                        VisitPolicy.NPCC_2017);
                assertThat(due.kind().name()).isEqualTo(expected.get("kind").asString());
                assertThat(due.dueOn()).isEqualTo(date(expected, "dueOn"));
                assertThat(due.explanation()).isEqualTo(expected.get("explanation").asString());
            }
            case "reactive" -> {
                List<RiskAssessment> assessments = new ArrayList<>();
                for (JsonNode a : in.get("assessments")) {
                    assessments.add(RiskFixtures.assessment(date(a, "assessedOn"), RiskLevel.valueOf(a.get("level").asString())));
                }
                ReactiveEligibility.Result result = ReactiveEligibility.check(new RiskHistory(assessments),
                        in.get("openWhereaboutsCase").asBoolean(), in.get("missedNotification").asBoolean(),
                        date(in, "today"));
                assertThat(result.eligible()).isEqualTo(expected.get("eligible").asBoolean());
                List<String> reasons = new ArrayList<>();
                expected.get("reasons").forEach(r -> reasons.add(r.asString()));
                assertThat(result.reasons()).containsExactlyElementsOf(reasons);
            }
            case "warrant" -> {
                List<HomeVisit> visits = new ArrayList<>();
                for (JsonNode v : in.get("visits")) {
                    visits.add(new HomeVisit(UUID.randomUUID(), null, date(v, "visitedOn"), List.of("PC 1"), false,
                            VisitOutcome.valueOf(v.get("outcome").asString()), null, false, Instant.EPOCH, "it"));
                }
                List<LocalDate> attempts = WarrantGrounds.assess(visits)
                        .map(l -> l.stream().map(HomeVisit::visitedOn).toList()).orElse(List.of());
                assertThat(WarrantGrounds.assess(visits).isPresent()).isEqualTo(expected.get("grounds").asBoolean());
                List<LocalDate> expectedAttempts = new ArrayList<>();
                expected.get("attempts").forEach(d -> expectedAttempts.add(LocalDate.parse(d.asString())));
                assertThat(attempts).containsExactlyElementsOf(expectedAttempts);
            }
            default -> throw new IllegalArgumentException("Unknown rule in " + file);
        }
    }

    private static LocalDate date(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : LocalDate.parse(v.asString());
    }
}
