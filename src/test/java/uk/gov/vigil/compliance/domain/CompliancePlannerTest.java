package uk.gov.vigil.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import uk.gov.vigil.compliance.ComplianceStatus;
import uk.gov.vigil.rules.Absence;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.rules.Outcome;
import uk.gov.vigil.rules.Sentence;

class CompliancePlannerTest {

    private static final EnglandAndWales RULES = new EnglandAndWales();
    private static final UUID OFFENDER = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final LocalDate DOB = LocalDate.of(1980, 1, 1);

    private static OffenderFacts facts(Absence.Kind absence, boolean noFixedAbode, ConvictionFact... convictions) {
        return new OffenderFacts(OFFENDER, DOB, List.of(convictions), absence, noFixedAbode, false, "MET", null);
    }

    private static ConvictionFact convicted(LocalDate on, Sentence sentence, Integer months) {
        return new ConvictionFact(on, sentence, months);
    }

    private static Notification notified(NotificationType type, String at, UUID corrects) {
        return new Notification(UUID.randomUUID(), OFFENDER, type, Instant.parse(at), "Station", "officer", null,
                NotifiedChanges.NONE, Verification.NONE, false, null, corrects, null, Instant.parse(at), "officer");
    }

    @Test
    void theRequirementIsTheLongestOfTheConvictionsPeriods() {
        Requirement r = CompliancePlanner.requirement(RULES, facts(null, false,
                convicted(LocalDate.of(2020, 1, 1), Sentence.CAUTION, null),
                convicted(LocalDate.of(2019, 6, 1), Sentence.IMPRISONMENT, 12)), NOW);
        assertThat(r.decision().lastDay()).isEqualTo(LocalDate.of(2029, 5, 31));
        assertThat(r.inputs()).hasSize(2);

        Requirement indefinite = CompliancePlanner.requirement(RULES, facts(null, false,
                convicted(LocalDate.of(2020, 1, 1), Sentence.CAUTION, null),
                convicted(LocalDate.of(2010, 6, 1), Sentence.LIFE_IMPRISONMENT, null)), NOW);
        assertThat(indefinite.decision().indefinite()).isTrue();

        Requirement manual = CompliancePlanner.requirement(RULES, facts(null, false,
                convicted(LocalDate.of(1996, 1, 1), Sentence.IMPRISONMENT, 48),
                convicted(LocalDate.of(2010, 6, 1), Sentence.LIFE_IMPRISONMENT, null)), NOW);
        assertThat(manual.decision().outcome()).isEqualTo(Outcome.MANUAL_REVIEW);
    }

    @Test
    void withNoNotificationSinceTheConvictionTheInitialNotificationIsDue() {
        OffenderFacts f = facts(null, false, convicted(LocalDate.of(2026, 11, 27), Sentence.OTHER, null));
        Requirement r = CompliancePlanner.requirement(RULES, f, NOW);
        PlannedObligation plan = CompliancePlanner.nextObligation(RULES, f, r,
                List.of(notified(NotificationType.PERIODIC, "2026-01-01T10:00:00Z", null)), TODAY).orElseThrow();
        assertThat(plan.kind()).isEqualTo(ObligationKind.INITIAL);
        assertThat(plan.deadline().lastDay()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void afterANotificationThePeriodicOneIsDueAYearLaterAndTravelDoesNotRestartTheClock() {
        OffenderFacts f = facts(null, false, convicted(LocalDate.of(2020, 3, 1), Sentence.IMPRISONMENT, 40));
        Requirement r = CompliancePlanner.requirement(RULES, f, NOW);
        List<Notification> notifications = List.of(
                notified(NotificationType.INITIAL, "2020-03-02T10:00:00Z", null),
                notified(NotificationType.PERIODIC, "2026-02-10T10:00:00Z", null),
                notified(NotificationType.TRAVEL, "2026-06-10T10:00:00Z", null));
        PlannedObligation plan = CompliancePlanner.nextObligation(RULES, f, r, notifications, TODAY).orElseThrow();
        assertThat(plan.kind()).isEqualTo(ObligationKind.PERIODIC);
        assertThat(plan.deadline().lastDay()).isEqualTo(LocalDate.of(2027, 2, 10));
        assertThat(plan.inputs()).containsEntry("lastNotification", "2026-02-10");
    }

    @Test
    void aCorrectedNotificationGivesWayToItsCorrection() {
        OffenderFacts f = facts(null, false, convicted(LocalDate.of(2020, 3, 1), Sentence.IMPRISONMENT, 40));
        Requirement r = CompliancePlanner.requirement(RULES, f, NOW);
        Notification wrong = notified(NotificationType.PERIODIC, "2026-02-10T10:00:00Z", null);
        Notification corrected = notified(NotificationType.PERIODIC, "2026-01-10T10:00:00Z", wrong.id());
        List<Notification> notifications = new ArrayList<>(List.of(
                notified(NotificationType.INITIAL, "2020-03-02T10:00:00Z", null), wrong, corrected));
        assertThat(CompliancePlanner.effective(notifications)).doesNotContain(wrong);
        assertThat(CompliancePlanner.nextObligation(RULES, f, r, notifications, TODAY).orElseThrow().deadline()
                .lastDay()).isEqualTo(LocalDate.of(2027, 1, 10));
    }

    @Test
    void inCustodyTheObligationIsSuspended() {
        OffenderFacts f = facts(Absence.Kind.CUSTODY, false,
                convicted(LocalDate.of(2020, 3, 1), Sentence.IMPRISONMENT, 40));
        Requirement r = CompliancePlanner.requirement(RULES, f, NOW);
        PlannedObligation plan = CompliancePlanner.nextObligation(RULES, f, r,
                List.of(notified(NotificationType.INITIAL, "2020-03-02T10:00:00Z", null)), TODAY).orElseThrow();
        assertThat(plan.deadline().suspended()).isTrue();
        assertThat(plan.deadline().lastDay()).isNull();
    }

    @Test
    void noObligationOnceTheRequirementHasEndedOrEndsFirst() {
        OffenderFacts ended = facts(null, false, convicted(LocalDate.of(2020, 1, 1), Sentence.CAUTION, null));
        Requirement r = CompliancePlanner.requirement(RULES, ended, NOW);
        assertThat(CompliancePlanner.nextObligation(RULES, ended, r, List.of(), TODAY)).isEmpty();

        OffenderFacts endsSoon = facts(null, false, convicted(LocalDate.of(2025, 1, 1), Sentence.CAUTION, null));
        Requirement soon = CompliancePlanner.requirement(RULES, endsSoon, NOW);
        assertThat(CompliancePlanner.nextObligation(RULES, endsSoon, soon,
                List.of(notified(NotificationType.INITIAL, "2025-01-02T10:00:00Z", null),
                        notified(NotificationType.PERIODIC, "2026-01-05T10:00:00Z", null)), TODAY))
                .as("the caution's two years end on 31 December 2026, before the next deadline, 5 January 2027")
                .isEmpty();
    }

    @Test
    void statusPutsTheMostUrgentFirst() {
        OffenderFacts f = facts(null, false, convicted(LocalDate.of(2020, 3, 1), Sentence.IMPRISONMENT, 40));
        Requirement r = CompliancePlanner.requirement(RULES, f, NOW);
        assertThat(CompliancePlanner.status(r, Optional.of(obligation(ObligationState.OPEN, TODAY.plusDays(7))), NOW,
                TODAY)).isEqualTo(ComplianceStatus.DUE_SOON);
        assertThat(CompliancePlanner.status(r, Optional.of(obligation(ObligationState.OPEN, TODAY.plusDays(8))), NOW,
                TODAY)).isEqualTo(ComplianceStatus.COMPLIANT);
        assertThat(CompliancePlanner.status(r, Optional.of(obligation(ObligationState.OPEN, TODAY.minusDays(1))),
                NOW, TODAY)).as("past the deadline before the sweep has run").isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(CompliancePlanner.status(r, Optional.of(obligation(ObligationState.MISSED, TODAY.minusDays(9))),
                NOW, TODAY)).isEqualTo(ComplianceStatus.OVERDUE);
        assertThat(CompliancePlanner.status(r, Optional.of(obligation(ObligationState.SUSPENDED, null)), NOW, TODAY))
                .isEqualTo(ComplianceStatus.SUSPENDED);
        Requirement ended = CompliancePlanner.requirement(RULES,
                facts(null, false, convicted(LocalDate.of(2020, 1, 1), Sentence.CAUTION, null)), NOW);
        assertThat(CompliancePlanner.status(ended, Optional.empty(), NOW, TODAY)).isEqualTo(ComplianceStatus.EXPIRED);
    }

    @Test
    void theDeadlinePassesAtLocalMidnightInWinterAndSummer() {
        ZoneId london = EnglandAndWales.ZONE;
        assertThat(CompliancePlanner.deadlinePassesAt(LocalDate.of(2026, 1, 15), london))
                .isEqualTo(Instant.parse("2026-01-16T00:00:00Z"));
        assertThat(CompliancePlanner.deadlinePassesAt(LocalDate.of(2026, 7, 15), london))
                .isEqualTo(Instant.parse("2026-07-15T23:00:00Z"));
        // British Summer Time starts at 01:00 GMT on 29 March 2026; midnight that morning is still GMT.
        assertThat(CompliancePlanner.deadlinePassesAt(LocalDate.of(2026, 3, 28), london))
                .isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
        assertThat(CompliancePlanner.deadlinePassesAt(LocalDate.of(2026, 10, 24), london))
                .isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
    }

    private static Obligation obligation(ObligationState state, LocalDate lastDay) {
        return new Obligation(UUID.randomUUID(), OFFENDER, ObligationKind.PERIODIC, state, lastDay,
                lastDay == null ? null : CompliancePlanner.deadlinePassesAt(lastDay, EnglandAndWales.ZONE), "c", "e",
                "v", "{}", NOW, null, null);
    }
}
