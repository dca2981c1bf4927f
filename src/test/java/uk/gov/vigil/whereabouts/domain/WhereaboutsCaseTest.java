package uk.gov.vigil.whereabouts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Circumstance;
import uk.gov.vigil.whereabouts.domain.CaseTerms.LocatedHow;
import uk.gov.vigil.whereabouts.domain.CaseTerms.OpeningReason;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Outcome;

class WhereaboutsCaseTest {

    private static final LocalDate TODAY = LocalDate.of(2015, 3, 10);
    private static final Instant NOW = Instant.parse("2015-03-10T12:00:00Z");

    private static WhereaboutsCase opened() {
        return WhereaboutsCase.open(UUID.randomUUID(), "HRT", OpeningReason.NOT_AT_NOTIFIED_ADDRESS, null,
                LocalDate.of(2014, 1, 2), NOW, "officer");
    }

    private static WhereaboutsCase unknown() {
        return opened().declareUnknown(new WhereaboutsCase.Unknown(LocalDate.of(2014, 1, 6), "12 High Street, Luton",
                Circumstance.OTHER, null), TODAY, NOW, "officer");
    }

    private static WhereaboutsCase wanted() {
        return unknown().markWanted(new WhereaboutsCase.Wanted(LocalDate.of(2014, 2, 1), "14/123456X", null), TODAY,
                NOW, "officer");
    }

    private static WhereaboutsCase.Located located(LocalDate on) {
        return new WhereaboutsCase.Located(on, "Luton bus station", "BDF", LocatedHow.ARRESTED);
    }

    @Test
    void theSearchGoesFromEnquiriesToUnknownToWantedToLocatedToClosed() {
        WhereaboutsCase c = wanted().locate(located(LocalDate.of(2015, 3, 1)), TODAY, NOW, "officer");
        assertThat(c.state()).isEqualTo(CaseState.LOCATED);
        WhereaboutsCase closed = c.close(new WhereaboutsCase.Closure(LocalDate.of(2015, 3, 5),
                Outcome.PROSECUTED_S91), TODAY, NOW, "officer");
        assertThat(closed.state()).isEqualTo(CaseState.CLOSED);
        assertThat(closed.endedOn()).isEqualTo(LocalDate.of(2015, 3, 1));
    }

    @Test
    void illegalMovesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> opened().markWanted(new WhereaboutsCase.Wanted(TODAY, "x", null), TODAY, NOW, "o"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("ENQUIRIES cannot move to WANTED");
        WhereaboutsCase closed = opened().close(new WhereaboutsCase.Closure(TODAY, Outcome.COMPLIED), TODAY, NOW, "o");
        assertThatThrownBy(() -> closed.locate(located(TODAY), TODAY, NOW, "o"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("finished");
        assertThatThrownBy(() -> wanted().declareUnknown(new WhereaboutsCase.Unknown(TODAY, null, Circumstance.OTHER,
                null), TODAY, NOW, "o")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(closed::checkEnquiriesAllowed).isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"PROSECUTED_S91", "CAUTIONED", "COMPLIED", "DEPORTED_OR_EXTRADITED"})
    void withoutALocationACaseClosesOnlyOnDeathOrTheEndOfThePeriod(Outcome outcome) {
        assertThatThrownBy(() -> wanted().close(new WhereaboutsCase.Closure(TODAY, outcome), TODAY, NOW, "o"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(wanted().close(new WhereaboutsCase.Closure(TODAY, Outcome.DECEASED), TODAY, NOW, "o").state())
                .isEqualTo(CaseState.CLOSED);
    }

    @Test
    void detailsAreCheckedField() {
        InvalidInputException missing = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> opened().declareUnknown(new WhereaboutsCase.Unknown(null, null, Circumstance.BELIEVED_ABROAD,
                        null), TODAY, NOW, "o"));
        assertThat(missing.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder("since", "country");
        WhereaboutsCase abroad = opened().declareUnknown(new WhereaboutsCase.Unknown(LocalDate.of(2014, 5, 1), null,
                Circumstance.BELIEVED_ABROAD, "ES"), TODAY, NOW, "o");
        InvalidInputException notice = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> abroad.markWanted(new WhereaboutsCase.Wanted(LocalDate.of(2014, 4, 1), "14/1X", null), TODAY,
                        NOW, "o"));
        assertThat(notice.violations()).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("warrantDate", "internationalNotice");
        InvalidInputException reason = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> WhereaboutsCase.open(UUID.randomUUID(), "MET", OpeningReason.MISSED_NOTIFICATION, null, TODAY,
                        NOW, "o"));
        assertThat(reason.violations()).extracting(FieldViolation::field).containsExactly("complianceCaseId");
    }

    @Test
    void aCaseCountsFromTheDayWhereaboutsBecameUnknownUntilTheDayItIsLocated() {
        WhereaboutsCase c = unknown();
        assertThat(c.unknownOn(LocalDate.of(2014, 1, 5))).isFalse();
        assertThat(c.unknownOn(LocalDate.of(2014, 1, 6))).as("unknown on D").isTrue();
        WhereaboutsCase found = c.locate(located(LocalDate.of(2015, 3, 9)), TODAY, NOW, "o");
        assertThat(found.unknownOn(LocalDate.of(2015, 3, 8))).isTrue();
        assertThat(found.unknownOn(LocalDate.of(2015, 3, 9))).as("located on D").isFalse();
        assertThat(found.unknownOn(LocalDate.of(2015, 3, 10))).as("located the day before").isFalse();
        assertThat(opened().unknownOn(TODAY)).as("still in enquiries").isFalse();
    }
}
