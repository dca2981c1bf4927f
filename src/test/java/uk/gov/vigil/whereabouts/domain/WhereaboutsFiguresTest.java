package uk.gov.vigil.whereabouts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.vigil.agency.Agency;
import uk.gov.vigil.agency.AgencyType;
import uk.gov.vigil.agency.Jurisdiction;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Circumstance;
import uk.gov.vigil.whereabouts.domain.WhereaboutsFigures.AgencyFigures;
import uk.gov.vigil.whereabouts.domain.WhereaboutsFigures.Figures;
import uk.gov.vigil.whereabouts.domain.WhereaboutsFigures.UnknownCase;

class WhereaboutsFiguresTest {

    private static final LocalDate AS_OF = LocalDate.of(2015, 3, 10);
    private static final List<Agency> FORCES = List.of(force("CUM", "Cumbria Constabulary"),
            force("HRT", "Hertfordshire Constabulary"), force("MET", "Metropolitan Police Service"));

    private static Agency force(String code, String name) {
        return new Agency(code, name, AgencyType.POLICE_FORCE, Jurisdiction.ENGLAND_AND_WALES, "101");
    }

    @Test
    void everyForceIsListedWithItsCountsAndLongestCase() {
        Figures f = WhereaboutsFigures.compute(AS_OF, List.of(
                new UnknownCase("HRT", LocalDate.of(2014, 1, 15), Circumstance.OTHER),
                new UnknownCase("HRT", LocalDate.of(2014, 11, 20), Circumstance.NO_FIXED_ABODE),
                new UnknownCase("MET", LocalDate.of(2001, 2, 1), Circumstance.BELIEVED_ABROAD)), FORCES);
        assertThat(f.total()).isEqualTo(3);
        assertThat(f.agencies()).extracting(AgencyFigures::code).containsExactly("CUM", "HRT", "MET");
        AgencyFigures cumbria = f.agencies().get(0);
        assertThat(cumbria.count()).isZero();
        assertThat(cumbria.longestSince()).isNull();
        AgencyFigures herts = f.agencies().get(1);
        assertThat(herts.count()).isEqualTo(2);
        assertThat(herts.overOneYear()).isEqualTo(1);
        assertThat(herts.longestSince()).isEqualTo(LocalDate.of(2014, 1, 15));
        assertThat(herts.longestDays()).isEqualTo(419);
        assertThat(herts.noFixedAbode()).isEqualTo(1);
        assertThat(f.agencies().get(2).believedAbroad()).isEqualTo(1);
        assertThat(f.longest().agencyName()).isEqualTo("Metropolitan Police Service");
        assertThat(f.longest().since()).isEqualTo(LocalDate.of(2001, 2, 1));
    }

    @Test
    void durationBandsSplitAtOneMonthOneFiveAndTenYears() {
        Figures f = WhereaboutsFigures.compute(AS_OF, List.of(
                new UnknownCase("MET", AS_OF, Circumstance.OTHER),
                new UnknownCase("MET", LocalDate.of(2015, 2, 11), Circumstance.OTHER),
                new UnknownCase("MET", LocalDate.of(2015, 2, 10), Circumstance.OTHER),
                new UnknownCase("MET", LocalDate.of(2014, 3, 11), Circumstance.OTHER),
                new UnknownCase("MET", LocalDate.of(2014, 3, 10), Circumstance.OTHER),
                new UnknownCase("MET", LocalDate.of(2010, 3, 10), Circumstance.OTHER),
                new UnknownCase("MET", LocalDate.of(2005, 3, 11), Circumstance.OTHER),
                new UnknownCase("MET", LocalDate.of(2005, 3, 10), Circumstance.OTHER)), FORCES);
        assertThat(f.durationBands()).isEqualTo(new WhereaboutsFigures.DurationBands(2, 2, 1, 2, 1));
    }

    @Test
    void oneYearMeansMoreThan365Days() {
        Figures f = WhereaboutsFigures.compute(AS_OF, List.of(
                new UnknownCase("MET", AS_OF.minusDays(365), Circumstance.OTHER),
                new UnknownCase("MET", AS_OF.minusDays(366), Circumstance.OTHER)), FORCES);
        assertThat(f.agencies().get(2).overOneYear()).isEqualTo(1);
    }
}
