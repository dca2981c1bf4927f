package uk.gov.vigil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.risk.application.RiskInputs;
import uk.gov.vigil.risk.domain.RiskFixtures;
import uk.gov.vigil.risk.domain.RiskHistory;
import uk.gov.vigil.risk.domain.RiskLevel;
import uk.gov.vigil.risk.domain.VisitDue;
import uk.gov.vigil.risk.domain.VisitPolicy;
import uk.gov.vigil.risk.domain.VisitSchedule;

class SyntheticRiskTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final List<SyntheticOffender> REGISTER = new SyntheticRegister(7, TODAY,
            List.of("SOA2003-S1", "SOA2003-S3")).generate(ForceProfile.load(), 5_000, Map.of("MET", List.of("met.om")));

    private static List<RiskInputs.History> histories(long seed) {
        SyntheticRisk risk = new SyntheticRisk(seed, TODAY);
        return REGISTER.stream().map(o -> risk.history(o.details())).toList();
    }

    @Test
    void theSameSeedGivesTheSameHistories() {
        assertThat(histories(7)).isEqualTo(histories(7));
        assertThat(histories(7)).isNotEqualTo(histories(8));
    }

    /** March 2016: 2% very high, 18% high, 30% medium, the rest low. 5,000 draws land within 2 points of each. */
    @Test
    void theRiskMixIsTheOnePublished() {
        Map<RiskLevel, Integer> counts = new EnumMap<>(RiskLevel.class);
        for (RiskInputs.History h : histories(7)) {
            counts.merge(h.assessments().get(h.assessments().size() - 1).level(), 1, Integer::sum);
        }
        assertThat(counts.get(RiskLevel.VERY_HIGH) / 50.0).isBetween(0.0, 4.0);
        assertThat(counts.get(RiskLevel.HIGH) / 50.0).isBetween(16.0, 20.0);
        assertThat(counts.get(RiskLevel.MEDIUM) / 50.0).isBetween(28.0, 32.0);
        assertThat(counts.get(RiskLevel.LOW) / 50.0).isBetween(48.0, 52.0);
    }

    /** Inspections found about one visit in seven overdue (217 of 1,521 in one force); the demo has a backlog too. */
    @Test
    void someVisitsAreOverdueButMostAreNot() {
        int active = 0;
        int overdue = 0;
        List<RiskInputs.History> histories = histories(7);
        for (int i = 0; i < REGISTER.size(); i++) {
            if (REGISTER.get(i).details().status() != RecordStatus.ACTIVE) {
                assertThat(histories.get(i).visits()).isEmpty();
                continue;
            }
            RiskInputs.History h = histories.get(i);
            RiskHistory history = new RiskHistory(h.assessments().stream()
                    .map(a -> RiskFixtures.assessment(a.assessedOn(), a.level()))
                    .toList());
            LocalDate lastCompleted = h.visits().stream().filter(v -> v.outcome().completesVisit())
                    .map(RiskInputs.Visit::visitedOn).max(LocalDate::compareTo).orElse(null);
            VisitDue due = VisitSchedule.next(new VisitSchedule.Inputs(true, "ACTIVE", history.level().orElseThrow(),
                    history.levelSince().orElseThrow(), history.previousLevel().orElse(null),
                    history.firstAssessed().orElseThrow(), lastCompleted, null), VisitPolicy.NPCC_2017);
            active++;
            if (due.overdue(TODAY)) {
                overdue++;
            }
            assertThat(h.visits()).allSatisfy(v -> assertThat(v.visitedOn()).isBeforeOrEqualTo(TODAY));
        }
        assertThat(100.0 * overdue / active).isBetween(5.0, 25.0);
    }
}
