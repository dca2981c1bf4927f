package uk.gov.vigil.offender.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecordStatusTest {

    @ParameterizedTest
    @EnumSource(RecordStatus.class)
    void everyStateButTheFinalOnesCanMoveAnywhere(RecordStatus from) {
        for (RecordStatus to : RecordStatus.values()) {
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(!from.isFinal() || to == from);
        }
        assertThat(from.isFinal()).isEqualTo(from == RecordStatus.DECEASED || from == RecordStatus.MERGED);
    }

    @ParameterizedTest
    @EnumSource(value = RecordStatus.class, names = {"DECEASED", "MERGED"}, mode = EnumSource.Mode.EXCLUDE)
    void deathAndMergingAreFinal(RecordStatus to) {
        assertThat(RecordStatus.DECEASED.canMoveTo(to)).isFalse();
        assertThat(RecordStatus.DECEASED.whyNot(to)).contains("DECEASED").contains("final");
        assertThat(RecordStatus.MERGED.canMoveTo(to)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = RecordStatus.class, names = {"EXPIRED", "DECEASED", "MERGED"})
    void aNewRecordCannotStartExpiredDeceasedOrMerged(RecordStatus status) {
        assertThat(RecordStatus.INITIAL).doesNotContain(status);
    }
}
