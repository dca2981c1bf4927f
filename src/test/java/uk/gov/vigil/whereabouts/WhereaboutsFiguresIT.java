package uk.gov.vigil.whereabouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.whereabouts.domain.CaseState;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Circumstance;
import uk.gov.vigil.whereabouts.domain.CaseTerms.LocatedHow;
import uk.gov.vigil.whereabouts.domain.CaseTerms.OpeningReason;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Outcome;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCase;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCases;

/**
 * The figures agree with a direct count of the cases. Generates cases for forces no other test uses, then for a
 * series of dates (including each boundary: unknown on the day, located on the day, located the day before)
 * compares the API's counts with a count made case by case in Java.
 */
class WhereaboutsFiguresIT extends IntegrationTestBase {

    private static final List<String> FORCES = List.of("DOR", "GLO", "HUM", "NTB", "WIL");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WhereaboutsCases cases;

    @Autowired
    JsonMapper json;

    @Test
    void theFiguresMatchADirectCountOnEveryDate() throws Exception {
        Random random = new Random(396);
        List<WhereaboutsCase> generated = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String force = FORCES.get(random.nextInt(FORCES.size()));
            UUID offender = UUID.randomUUID();
            jdbc.sql("""
                    insert into offender (id, version, status, given_names, family_name, date_of_birth, sex,
                        managing_agency_code, created_at, created_by, updated_at, updated_by)
                    values (:id, 1, 'ACTIVE', 'Generated', 'Case', date '1970-01-01', 'MALE', :force,
                        current_timestamp, 'test', current_timestamp, 'test')""")
                    .param("id", offender).param("force", force).update();
            LocalDate since = LocalDate.of(1999, 1, 1).plusDays(random.nextInt(6000));
            Circumstance circumstance = Circumstance.values()[random.nextInt(3)];
            WhereaboutsCase.Unknown unknown = new WhereaboutsCase.Unknown(since, null, circumstance,
                    circumstance == Circumstance.BELIEVED_ABROAD ? "PL" : null);
            WhereaboutsCase.Located located = null;
            WhereaboutsCase.Closure closure = null;
            CaseState state = CaseState.WHEREABOUTS_UNKNOWN;
            int ending = random.nextInt(3);
            if (ending == 1) {
                located = new WhereaboutsCase.Located(since.plusDays(random.nextInt(3000)), "Found", force,
                        LocatedHow.ARRESTED);
                state = CaseState.LOCATED;
            } else if (ending == 2) {
                closure = new WhereaboutsCase.Closure(since.plusDays(random.nextInt(3000)), Outcome.DECEASED);
                state = CaseState.CLOSED;
            }
            WhereaboutsCase c = new WhereaboutsCase(UUID.randomUUID(), 1, offender, force, state, since, "test",
                    OpeningReason.NOT_AT_NOTIFIED_ADDRESS, null, unknown, null, located, closure, Instant.now(), "test");
            cases.add(c);
            generated.add(c);
        }
        List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.of(1998, 12, 31), LocalDate.of(2005, 6, 1),
                LocalDate.of(2010, 1, 1), LocalDate.of(2015, 3, 10), LocalDate.of(2030, 1, 1)));
        for (WhereaboutsCase c : generated.subList(0, 15)) {
            dates.add(c.unknown().since());
            if (c.endedOn() != null) {
                dates.add(c.endedOn());
                dates.add(c.endedOn().minusDays(1));
            }
        }
        for (LocalDate date : dates) {
            JsonNode figures = json.readTree(mvc.perform(get("/api/v1/statistics/whereabouts-unknown?asOf=" + date)
                    .with(as(TestUser.ANALYST))).andReturn().getResponse().getContentAsString());
            for (JsonNode agency : figures.get("agencies")) {
                String code = agency.get("code").asString();
                if (!FORCES.contains(code)) {
                    continue;
                }
                List<WhereaboutsCase> counted = generated.stream()
                        .filter(c -> c.agencyCode().equals(code) && c.unknownOn(date)).toList();
                assertThat(agency.get("count").asInt()).as(code + " on " + date).isEqualTo(counted.size());
                assertThat(agency.get("noFixedAbode").asInt()).as(code + " NFA on " + date)
                        .isEqualTo(counted.stream().filter(c -> c.unknown().circumstance() == Circumstance.NO_FIXED_ABODE)
                                .count());
                LocalDate earliest = counted.stream().map(c -> c.unknown().since()).min(LocalDate::compareTo)
                        .orElse(null);
                assertThat(agency.get("longestSince").isNull() ? null
                        : LocalDate.parse(agency.get("longestSince").asString())).isEqualTo(earliest);
            }
        }
    }
}
