package uk.gov.vigil.rules;

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
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every golden scenario in {@code src/test/resources/golden/england-wales}. Each file is one case, named after
 * the provision it exercises, with its input and the expected result worked out from the statute's wording.
 */
class EnglandAndWalesGoldenScenariosTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EnglandAndWales RULES = new EnglandAndWales();

    static Stream<String> scenarios() throws IOException, URISyntaxException {
        Path folder = Paths.get(EnglandAndWalesGoldenScenariosTest.class.getResource("/golden/england-wales").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    @Test
    void thereAreEnoughScenariosToCoverTheStatute() throws Exception {
        List<String> names = scenarios().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(60);
        for (String prefix : List.of("s82-1-", "s82-2-", "s82-3-", "s82-4-", "s83-", "s84-", "s85-1-", "s85-3-",
                "s91")) {
            assertThat(names).as(prefix).anyMatch(n -> n.startsWith(prefix));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(String file) throws IOException {
        JsonNode scenario;
        try (InputStream in = getClass().getResourceAsStream("/golden/england-wales/" + file)) {
            scenario = JSON.readTree(in);
        }
        JsonNode input = scenario.get("input");
        JsonNode expected = scenario.get("expected");
        switch (scenario.get("rule").asString()) {
            case "notification-period" -> {
                PeriodDecision decision = RULES.notificationPeriod(periodCase(input));
                assertThat(decision.outcome().name()).isEqualTo(expected.get("outcome").asString());
                assertThat(decision.indefinite()).isEqualTo(expected.get("indefinite").asBoolean());
                assertThat(decision.period() == null ? null : decision.period().toString())
                        .isEqualTo(text(expected, "period"));
                assertThat(decision.lastDay()).isEqualTo(date(expected, "lastDay"));
                assertThat(decision.halved()).isEqualTo(expected.get("halved").asBoolean());
                assertThat(decision.citation()).isEqualTo(expected.get("citation").asString());
                assertThat(decision.reasons()).isNotEmpty();
                assertThat(decision.ruleVersion()).isEqualTo(EnglandAndWales.RULE_VERSION);
            }
            case "initial-notification" -> assertDeadline(
                    RULES.initialNotification(date(input, "relevantDate"), date(input, "releasedOn")), expected);
            case "change-notification" -> assertDeadline(RULES.changeNotification(date(input, "eventDate")),
                    expected);
            case "periodic-notification" -> {
                List<Absence> absences = new ArrayList<>();
                for (JsonNode a : input.get("absences")) {
                    absences.add(new Absence(Absence.Kind.valueOf(a.get("kind").asString()), date(a, "from"),
                            date(a, "to")));
                }
                assertDeadline(RULES.periodicNotification(date(input, "lastNotification"),
                        input.get("noFixedAbode").asBoolean(), absences), expected);
            }
            case "review-date" -> {
                Optional<LocalDate> qualifying = RULES.indefiniteReviewQualifyingDate(
                        date(input, "firstNotificationAfterRelease"), input.get("under18OnRelevantDate").asBoolean(),
                        input.get("sexualHarmPreventionOrderInForce").asBoolean());
                assertThat(qualifying.orElse(null)).isEqualTo(date(expected, "qualifyingDate"));
            }
            case "expiry" -> assertThat(RULES.notificationPeriod(periodCase(input)).hasEndedBy(date(input, "on")))
                    .isEqualTo(expected.get("expired").asBoolean());
            case "advance-notice" -> assertThat(EnglandAndWales.advanceNoticeHolds(date(input, "statedDate"),
                    date(input, "actualDate"))).isEqualTo(expected.get("holds").asBoolean());
            case "advance-notice-correction" -> assertDeadline(
                    EnglandAndWales.advanceNoticeCorrection(date(input, "statedDate")), expected);
            case "travel-notice" -> assertThat(EnglandAndWales.travelNoticeIsLate(date(input, "notifiedOn"),
                    date(input, "departure"))).isEqualTo(expected.get("late").asBoolean());
            default -> throw new AssertionError("Unknown rule in " + file);
        }
    }

    @Test
    void travelChangesNeed24Hours() {
        Instant departure = Instant.parse("2026-07-08T09:00:00Z");
        assertThat(EnglandAndWales.travelChangeIsLate(Instant.parse("2026-07-07T09:00:00Z"), departure)).isFalse();
        assertThat(EnglandAndWales.travelChangeIsLate(Instant.parse("2026-07-07T09:00:01Z"), departure)).isTrue();
    }

    @Test
    void householdWithAChildIsNotifiedWithinThreeDays() {
        assertThat(EnglandAndWales.householdWithChildNotification(LocalDate.of(2026, 3, 30)).lastDay())
                .isEqualTo(LocalDate.of(2026, 4, 1));
    }

    private static void assertDeadline(Deadline deadline, JsonNode expected) {
        assertThat(deadline.suspended()).isEqualTo(expected.get("suspended").asBoolean());
        assertThat(deadline.lastDay()).isEqualTo(date(expected, "lastDay"));
        assertThat(deadline.citation()).isNotBlank();
    }

    private static PeriodCase periodCase(JsonNode input) {
        List<Term> terms = new ArrayList<>();
        if (input.has("terms")) {
            for (JsonNode t : input.get("terms")) {
                terms.add(new Term(t.get("startMonth").asInt(), t.get("months").asInt()));
            }
        }
        return new PeriodCase(date(input, "dateOfBirth"), date(input, "relevantDate"),
                Sentence.valueOf(input.get("disposal").asString()),
                input.has("termMonths") ? input.get("termMonths").asInt() : null, terms);
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
