package uk.gov.vigil.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObligationStateTest {

    @Test
    void onlyWaitingObligationsMove() {
        assertThat(ObligationState.OPEN.next()).containsExactlyInAnyOrder(ObligationState.MET, ObligationState.MISSED,
                ObligationState.CANCELLED);
        assertThat(ObligationState.SUSPENDED.next()).containsExactlyInAnyOrder(ObligationState.MET,
                ObligationState.CANCELLED);
        assertThat(ObligationState.SUSPENDED.canMoveTo(ObligationState.MISSED))
                .as("no deadline runs while suspended").isFalse();
        for (ObligationState done : new ObligationState[] {ObligationState.MET, ObligationState.MISSED,
            ObligationState.CANCELLED}) {
            assertThat(done.next()).isEmpty();
            assertThat(done.isPending()).isFalse();
        }
    }

    @Test
    void onlyNotificationsUnderSections83To85RestartTheYear() {
        assertThat(NotificationType.INITIAL.restartsPeriodicClock()).isTrue();
        assertThat(NotificationType.CHANGE.restartsPeriodicClock()).isTrue();
        assertThat(NotificationType.PERIODIC.restartsPeriodicClock()).isTrue();
        assertThat(NotificationType.TRAVEL.restartsPeriodicClock()).isFalse();
        assertThat(NotificationType.HOUSEHOLD_WITH_CHILD.restartsPeriodicClock()).isFalse();
    }
}
