package uk.gov.vigil.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.vigil.risk.domain.RiskFixtures.assessment;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RiskHistoryTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    @Test
    void theLatestAssessmentByDateSetsTheLevelWhateverTheOrderRecorded() {
        RiskHistory history = new RiskHistory(List.of(assessment(JAN.plusMonths(6), RiskLevel.HIGH),
                assessment(JAN, RiskLevel.LOW), assessment(JAN.plusMonths(3), RiskLevel.HIGH)));
        assertThat(history.level()).contains(RiskLevel.HIGH);
        assertThat(history.levelSince()).contains(JAN.plusMonths(3));
        assertThat(history.previousLevel()).contains(RiskLevel.LOW);
        assertThat(history.firstAssessed()).contains(JAN);
    }

    @Test
    void anEmptyHistoryHasNoLevel() {
        RiskHistory history = new RiskHistory(List.of());
        assertThat(history.level()).isEmpty();
        assertThat(history.previousLevel()).isEmpty();
    }

    /** Each level, first assessed and never visited: the first visit falls due one interval later. */
    @ParameterizedTest
    @EnumSource(RiskLevel.class)
    void eachLevelSchedulesItsIntervalFromTheFirstAssessment(RiskLevel level) {
        VisitDue due = VisitSchedule.next(new VisitSchedule.Inputs(true, "ACTIVE", level, JAN, null, JAN, null, null),
                VisitPolicy.NPCC_2017);
        Map<RiskLevel, LocalDate> expected = Map.of(RiskLevel.VERY_HIGH, LocalDate.of(2026, 2, 1),
                RiskLevel.HIGH, LocalDate.of(2026, 4, 1), RiskLevel.MEDIUM, LocalDate.of(2026, 7, 1),
                RiskLevel.LOW, LocalDate.of(2027, 1, 1));
        assertThat(due.dueOn()).isEqualTo(expected.get(level));
        assertThat(due.overdue(expected.get(level))).isFalse();
        assertThat(due.overdue(expected.get(level).plusDays(1))).isTrue();
    }

    @Test
    void aForceCanConfigureItsOwnIntervals() {
        Map<RiskLevel, Period> intervals = new EnumMap<>(VisitPolicy.NPCC_2017.intervals());
        intervals.put(RiskLevel.HIGH, Period.ofWeeks(6));
        VisitPolicy policy = new VisitPolicy(intervals);
        VisitDue due = VisitSchedule.next(new VisitSchedule.Inputs(true, "ACTIVE", RiskLevel.HIGH, JAN, null, JAN,
                JAN, null), policy);
        assertThat(due.dueOn()).isEqualTo(JAN.plusWeeks(6));
        assertThat(due.explanation()).startsWith("High risk: visit every P42D");
    }

    @Test
    void actionsMoveOnlyAlongLegalTransitions() {
        assertThat(ActionStatus.OPEN.canMoveTo(ActionStatus.DONE)).isTrue();
        assertThat(ActionStatus.OPEN.canMoveTo(ActionStatus.CANCELLED)).isTrue();
        assertThat(ActionStatus.DONE.canMoveTo(ActionStatus.CANCELLED)).isFalse();
        assertThat(ActionStatus.CANCELLED.canMoveTo(ActionStatus.OPEN)).isTrue();
        assertThat(ActionStatus.OPEN.canMoveTo(ActionStatus.OPEN)).isFalse();
    }
}
