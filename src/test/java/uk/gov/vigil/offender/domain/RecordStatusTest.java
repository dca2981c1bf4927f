package uk.gov.vigil.offender.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordStatusTest {

    @ParameterizedTest
    @EnumSource(RecordStatus.class)
    void everyLivingStateCanMoveAnywhere(RecordStatus from) {
        for (RecordStatus to : RecordStatus.values()) {
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(from != RecordStatus.DECEASED || to == from);
        }
    }

    @ParameterizedTest
    @EnumSource(value = RecordStatus.class, names = "DECEASED", mode = EnumSource.Mode.EXCLUDE)
    void deathIsFinal(RecordStatus to) {
        assertThat(RecordStatus.DECEASED.canMoveTo(to)).isFalse();
        assertThat(RecordStatus.DECEASED.whyNot(to)).contains("DECEASED").contains("final");
    }

    @ParameterizedTest
    @EnumSource(value = RecordStatus.class, names = {"EXPIRED", "DECEASED"})
    void aNewRecordCannotStartExpiredOrDeceased(RecordStatus status) {
        assertThat(RecordStatus.INITIAL).doesNotContain(status);
    }
}
