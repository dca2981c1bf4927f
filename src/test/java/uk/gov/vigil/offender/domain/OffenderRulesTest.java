package uk.gov.vigil.offender.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.vigil.shared.FieldViolation;

class OffenderRulesTest {

    private static List<FieldViolation> violations(OffenderFixtures.Builder builder) {
        return OffenderRules.check(builder.build(), OffenderFixtures.context()).list();
    }

    @Test
    void theFixtureIsValid() {
        assertThat(violations(OffenderFixtures.valid())).isEmpty();
    }

    static Stream<Arguments> oneRuleBroken() {
        return Stream.of(
                rule("name", b -> b.name = null),
                rule("name.familyName", b -> b.name = new PersonName("John", " ")),
                rule("name.givenNames", b -> b.name = new PersonName("x".repeat(101), "Smith")),
                rule("aliases[0].familyName", b -> b.aliases = List.of(new PersonName("Jon", null))),
                rule("dateOfBirth", b -> b.dateOfBirth = null),
                rule("dateOfBirth", b -> b.dateOfBirth = OffenderFixtures.TODAY.plusDays(1)),
                rule("aliasDatesOfBirth[0]", b -> b.aliasDatesOfBirth = List.of(OffenderFixtures.TODAY.plusDays(3))),
                rule("sex", b -> b.sex = null),
                rule("nationality", b -> b.nationality = "XX"),
                rule("description.heightCm", b -> b.description = new PhysicalDescription(20, null, null, null)),
                rule("distinguishingMarks[0].location",
                        b -> b.marks = List.of(new DistinguishingMark(MarkType.SCAR, "", null))),
                rule("distinguishingMarks[0].type",
                        b -> b.marks = List.of(new DistinguishingMark(null, "neck", null))),
                rule("identifiers.pncId", b -> b.pnc("2001/0012345A")),
                rule("identifiers.croNumber", b -> b.identifiers = new Identifiers(null, "12/3", null, List.of())),
                rule("identifiers.nationalInsuranceNumber",
                        b -> b.identifiers = new Identifiers(null, null, "GB123456A", List.of())),
                rule("identifiers.passports[0].number",
                        b -> b.identifiers = new Identifiers(null, null, null, List.of(new Passport("12", "GB")))),
                rule("identifiers.passports[0].issuingCountry",
                        b -> b.identifiers = new Identifiers(null, null, null, List.of(new Passport("123456789", null)))),
                rule("convictions", b -> b.convictions = List.of()),
                rule("convictions[0].offenceCode", b -> b.convictions = List.of(conviction("NOPE", Disposal.OTHER, null))),
                rule("convictions[0].date", b -> b.convictions = List.of(new Conviction("SOA2003-S1",
                        OffenderFixtures.TODAY.plusDays(1), "Court", Disposal.OTHER, null))),
                rule("convictions[0].date", b -> b.convictions = List.of(new Conviction("SOA2003-S1",
                        LocalDate.of(1989, 1, 1), "Court", Disposal.OTHER, null))),
                rule("convictions[0].court", b -> b.convictions = List.of(new Conviction("SOA2003-S1",
                        LocalDate.of(2015, 1, 1), null, Disposal.OTHER, null))),
                rule("convictions[0].disposal", b -> b.convictions = List.of(conviction("SOA2003-S1", null, null))),
                rule("convictions[0].termMonths",
                        b -> b.convictions = List.of(conviction("SOA2003-S1", Disposal.IMPRISONMENT, null))),
                rule("convictions[0].termMonths",
                        b -> b.convictions = List.of(conviction("SOA2003-S1", Disposal.CONDITIONAL_DISCHARGE, null))),
                rule("convictions[0].termMonths",
                        b -> b.convictions = List.of(conviction("SOA2003-S1", Disposal.CAUTION, 6))),
                rule("convictions[0].termMonths",
                        b -> b.convictions = List.of(conviction("SOA2003-S1", Disposal.IMPRISONMENT, 0))),
                rule("addresses[0].type", b -> b.addresses = List.of(new Address(null, "1 High Street", null, "Luton",
                        "LU1 1AA", null, LocalDate.of(2020, 1, 1), null))),
                rule("addresses[0].postcode", b -> b.addresses = List.of(new Address(AddressType.HOME, "1 High Street",
                        null, "Luton", "LU1", null, LocalDate.of(2020, 1, 1), null))),
                rule("addresses[0].postcode", b -> b.addresses = List.of(new Address(AddressType.HOME, "1 High Street",
                        null, "Luton", null, null, LocalDate.of(2020, 1, 1), null))),
                rule("addresses[0].line1", b -> b.addresses = List.of(new Address(AddressType.SECONDARY, null,
                        null, "Luton", "LU1 1AA", null, LocalDate.of(2020, 1, 1), null))),
                rule("addresses[0].placeDescription", b -> b.addresses = List.of(new Address(
                        AddressType.NO_FIXED_ABODE, null, null, "Luton", null, null, LocalDate.of(2020, 1, 1), null))),
                rule("addresses[0].from", b -> b.addresses = List.of(new Address(AddressType.HOME, "1 High Street",
                        null, "Luton", "LU1 1AA", null, null, null))),
                rule("addresses[0].to", b -> b.addresses = List.of(new Address(AddressType.HOME, "1 High Street",
                        null, "Luton", "LU1 1AA", null, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))),
                rule("addresses[1]", b -> b.addresses = List.of(
                        new Address(AddressType.HOME, "1 High Street", null, "Luton", "LU1 1AA", null,
                                LocalDate.of(2020, 1, 1), null),
                        new Address(AddressType.NO_FIXED_ABODE, null, null, "Luton", null, "The bus station",
                                LocalDate.of(2021, 1, 1), null))),
                rule("management", b -> b.management = null),
                rule("management.managingAgency", b -> b.managedBy(null, null)),
                rule("management.managingAgency", b -> b.managedBy("PR-LON", null)),
                rule("management.offenderManager", b -> b.managedBy("HRT", "met.om")),
                rule("management.probationAgency", b -> b.management = new Management("MET", null, "MET", null)),
                rule("management.prisonAgency", b -> b.management = new Management("MET", null, null, "PR-LON")),
                rule("status", b -> b.status = null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneRuleBroken")
    void eachRuleNamesItsField(String field, Consumer<OffenderFixtures.Builder> breakIt) {
        OffenderFixtures.Builder builder = OffenderFixtures.valid();
        breakIt.accept(builder);
        assertThat(violations(builder)).extracting(FieldViolation::field).containsExactly(field);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        OffenderFixtures.Builder builder = OffenderFixtures.valid();
        builder.name = new PersonName(null, null);
        builder.sex = null;
        builder.pnc("nonsense");
        assertThat(violations(builder)).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("name.givenNames", "name.familyName", "sex", "identifiers.pncId");
    }

    @Test
    void aClosedHomeBesideACurrentOneIsFine() {
        OffenderFixtures.Builder builder = OffenderFixtures.valid();
        builder.addresses = new ArrayList<>(List.of(
                new Address(AddressType.HOME, "1 High Street", null, "Luton", "LU1 1AA", null,
                        LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31)),
                new Address(AddressType.HOME, "2 Low Street", null, "Luton", "LU2 2AB", null,
                        LocalDate.of(2021, 1, 1), null),
                new Address(AddressType.SECONDARY, "3 Side Street", null, "Leeds", "LS1 1AA", null,
                        LocalDate.of(2022, 1, 1), null)));
        assertThat(violations(builder)).isEmpty();
    }

    /** Someone born on 29 February turns 10 on 1 March in a common year. */
    @Test
    void aConvictionOnTheTenthBirthdayIsAllowed() {
        OffenderFixtures.Builder builder = OffenderFixtures.valid();
        builder.dateOfBirth = LocalDate.of(2000, 2, 29);
        builder.convictions = List.of(new Conviction("SOA2003-S1", LocalDate.of(2010, 3, 1), "Court",
                Disposal.OTHER, null));
        assertThat(violations(builder)).isEmpty();
        builder.convictions = List.of(new Conviction("SOA2003-S1", LocalDate.of(2010, 2, 28), "Court",
                Disposal.OTHER, null));
        assertThat(violations(builder)).extracting(FieldViolation::field).containsExactly("convictions[0].date");
    }

    @Test
    void namesAreKeptAsGivenButInNfc() {
        PersonName decomposed = new PersonName("Jose\u0301", "  Zoe\u0308 ");
        assertThat(decomposed.givenNames()).isEqualTo("Jos\u00e9");
        assertThat(decomposed.familyName()).isEqualTo("Zo\u00eb");
    }

    private static Conviction conviction(String code, Disposal disposal, Integer term) {
        return new Conviction(code, LocalDate.of(2015, 1, 1), "Court", disposal, term);
    }

    private static Arguments rule(String field, Consumer<OffenderFixtures.Builder> breakIt) {
        return Arguments.of(field, breakIt);
    }
}
