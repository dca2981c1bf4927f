package uk.gov.vigil.offender.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecordMergeTest {

    static final LocalDate MERGED_ON = LocalDate.of(2026, 11, 28);

    @Test
    void theOtherRecordsNamesDatesConvictionsAndAddressesJoinTheKeptOneWithoutRepeats() {
        OffenderFixtures.Builder kept = OffenderFixtures.valid().pnc("2001/0012345H");
        OffenderFixtures.Builder other = OffenderFixtures.valid().pnc("2001/0012345H");
        other.name = new PersonName("Jon", "Smyth");
        other.aliases = List.of(new PersonName("John Paul", "Smith"), new PersonName("Johnny", "Smith"));
        other.dateOfBirth = LocalDate.of(1980, 7, 5);
        other.convictions = List.of(kept.convictions.get(0), new Conviction("SOA2003-S1", LocalDate.of(2019, 2, 1),
                "Luton Crown Court", Disposal.IMPRISONMENT, 6));
        other.addresses = List.of(new Address(AddressType.HOME, "3 Hoe Street", null, "Luton", "LU1 1AA", null,
                LocalDate.of(2020, 1, 1), null));

        OffenderDetails combined = RecordMerge.combine(kept.build(), other.build(), MERGED_ON);

        assertThat(combined.name()).isEqualTo(kept.name);
        assertThat(combined.aliases()).as("the kept name is never its own alias; the first alias is kept once")
                .containsExactly(new PersonName("Jon", "Smyth"), new PersonName("Johnny", "Smith"))
                .doesNotContain(kept.name);
        assertThat(combined.aliases()).hasSize(2);
        assertThat(combined.aliasDatesOfBirth()).containsExactly(LocalDate.of(1980, 7, 5));
        assertThat(combined.convictions()).hasSize(2);
        assertThat(combined.addresses()).hasSize(2);
        Address moved = combined.addresses().get(1);
        assertThat(moved.to()).as("the other record's home is history now").isEqualTo(MERGED_ON.minusDays(1));
        assertThat(combined.currentMainResidence()).contains(kept.addresses.get(0));
        assertThat(combined.status()).isEqualTo(RecordStatus.ACTIVE);
        assertThat(OffenderRules.check(combined, OffenderFixtures.context()).isEmpty()).isTrue();
    }

    @Test
    void identifiersTheKeptRecordLacksAreTakenAndLeaveTheOtherRecord() {
        OffenderFixtures.Builder kept = OffenderFixtures.valid();
        kept.identifiers = new Identifiers(null, null, "AB123456C", List.of());
        OffenderFixtures.Builder other = OffenderFixtures.valid();
        other.identifiers = new Identifiers("2005/0000123Z", "123456/99L", "ZZ999999D", List.of());

        OffenderDetails combined = RecordMerge.combine(kept.build(), other.build(), MERGED_ON);
        assertThat(combined.identifiers().pncId()).isEqualTo("2005/0000123Z");
        assertThat(combined.identifiers().nationalInsuranceNumber()).as("the kept record's own wins")
                .isEqualTo("AB123456C");

        OffenderDetails left = RecordMerge.leftBehind(other.build(), combined);
        assertThat(left.status()).isEqualTo(RecordStatus.MERGED);
        assertThat(left.identifiers().pncId()).as("a PNC id belongs to one record").isNull();
        assertThat(left.identifiers().croNumber()).isEqualTo("123456/99L");
        assertThat(RecordStatus.MERGED.canMoveTo(RecordStatus.ACTIVE)).isFalse();
        assertThat(RecordStatus.INITIAL).doesNotContain(RecordStatus.MERGED);
    }
}
