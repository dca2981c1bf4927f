package uk.gov.vigil.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.shared.FieldViolation;

class NotificationRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final Instant EARLIER = Instant.parse("2026-11-28T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    private static java.util.List<String> fields(NotificationType type, Instant at, String station, LocalDate event,
            NotifiedChanges changes) {
        return NotificationRules.check(type, at, station, event, changes, NOW).list().stream()
                .map(FieldViolation::field).toList();
    }

    @Test
    void aPeriodicNotificationNeedsOnlyWhenAndWhere() {
        assertThat(fields(NotificationType.PERIODIC, EARLIER, "Luton Police Station", null, NotifiedChanges.NONE))
                .isEmpty();
        assertThat(fields(null, null, " ", null, NotifiedChanges.NONE))
                .containsExactlyInAnyOrder("type", "receivedAt", "policeStation");
        assertThat(fields(NotificationType.PERIODIC, NOW.plusSeconds(1), "Luton", null, NotifiedChanges.NONE))
                .containsExactly("receivedAt");
    }

    @ParameterizedTest
    @EnumSource(value = NotificationType.class, names = {"CHANGE", "TRAVEL_CHANGE", "HOUSEHOLD_WITH_CHILD"})
    void eventsNeedTheirDate(NotificationType type) {
        assertThat(fields(type, EARLIER, "Luton", null, NotifiedChanges.NONE)).contains("eventDate");
    }

    @Test
    void aChangeMustSayWhatChanged() {
        assertThat(fields(NotificationType.CHANGE, EARLIER, "Luton", DAY, NotifiedChanges.NONE))
                .containsExactly("changes");
        NotifiedChanges newName = new NotifiedChanges(new PersonName("John", "Smyth"), null, false, null, null,
                false, false, false);
        assertThat(fields(NotificationType.CHANGE, EARLIER, "Luton", DAY, newName)).isEmpty();
        NotifiedChanges halfName = new NotifiedChanges(new PersonName("John", null), null, false, null, null,
                false, false, false);
        assertThat(fields(NotificationType.CHANGE, EARLIER, "Luton", DAY, halfName))
                .containsExactly("changes.newName.familyName");
    }

    @Test
    void travelNeedsAValidDestinationAndDates() {
        NotifiedChanges bad = new NotifiedChanges(null, null, false,
                new NotifiedChanges.Travel("XX", DAY.plusDays(10), DAY.plusDays(5)), null, false, false, false);
        assertThat(fields(NotificationType.TRAVEL, EARLIER, "Luton", null, bad))
                .containsExactlyInAnyOrder("changes.travel.destinationCountry", "changes.travel.returnDate");
        assertThat(fields(NotificationType.TRAVEL, EARLIER, "Luton", null, NotifiedChanges.NONE))
                .containsExactly("changes.travel");
    }

    @Test
    void aHouseholdStayNeedsTheAddress() {
        NotifiedChanges household = new NotifiedChanges(null, null, false, null,
                new NotifiedChanges.Household(" ", "two weeks"), false, false, false);
        assertThat(fields(NotificationType.HOUSEHOLD_WITH_CHILD, EARLIER, "Luton", DAY, household))
                .containsExactly("changes.household.address");
    }
}
