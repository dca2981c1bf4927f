package uk.gov.vigil.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.compliance.domain.NotificationRules;
import uk.gov.vigil.compliance.domain.NotificationType;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.OffenderRules;
import uk.gov.vigil.offender.domain.ValidationContext;

class SyntheticRegisterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final List<String> OFFENCES = List.of("SOA2003-S1", "SOA2003-S3", "SOA2003-S7", "PCA1978-S1");
    private static final List<ForceProfile> FORCES = ForceProfile.load();

    private static List<SyntheticOffender> register(long seed, int size) {
        return new SyntheticRegister(seed, TODAY, OFFENCES).generate(FORCES, size, Map.of("MET", List.of("met.om")));
    }

    private static List<OffenderDetails> generate(long seed, int size) {
        return register(seed, size).stream().map(SyntheticOffender::details).toList();
    }

    @Test
    void theSameSeedGivesTheSameRegister() {
        assertThat(register(42, 300)).isEqualTo(register(42, 300));
        assertThat(generate(42, 300)).isNotEqualTo(generate(43, 300));
    }

    @Test
    void everyGeneratedRecordPassesTheRules() {
        ValidationContext context = new ValidationContext() {
            @Override
            public LocalDate today() {
                return TODAY;
            }

            @Override
            public boolean isPoliceForce(String code) {
                return FORCES.stream().anyMatch(f -> f.code().equals(code));
            }

            @Override
            public boolean isProbationRegion(String code) {
                return code.startsWith("PR-") || code.equals("PBNI");
            }

            @Override
            public boolean isPrison(String code) {
                return code.startsWith("HMP-");
            }

            @Override
            public boolean isKnownOffence(String code) {
                return OFFENCES.contains(code);
            }

            @Override
            public boolean canManageOffendersFor(String username, String agency) {
                return username.equals("met.om") && agency.equals("MET");
            }
        };
        for (OffenderDetails details : generate(7, 2000)) {
            assertThat(OffenderRules.check(details, context).list()).as(details.name().fullName()).isEmpty();
        }
    }

    @Test
    void offendersAreSpreadInProportionToForceSize() {
        Map<String, Long> byForce = generate(1, 2000).stream()
                .collect(Collectors.groupingBy(d -> d.management().managingAgency(), Collectors.counting()));
        assertThat(byForce.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2000);
        assertThat(byForce.get("MET")).isGreaterThan(byForce.get("HRT") * 5);
        assertThat(byForce.get("HRT")).isGreaterThan(byForce.get("CUM"));
        assertThat(byForce).containsKeys("PSCOT", "PSNI", "TVP");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 999_999, 1_000_000, 1_000_001, 2_500_000})
    void croNumbersStayWellFormedAtAnyRegisterSize(int serial) {
        // The millionth offender of the 1,000,000 benchmark register was rejected for a seven-digit serial.
        assertThat(IdentifierFormats.checkCroNumber(SyntheticRegister.croNumber(serial, 2019))).isEmpty();
    }

    @Test
    void pncIdsAreUnique() {
        List<OffenderDetails> register = generate(3, 2000);
        Set<String> pncs = register.stream().map(d -> d.identifiers().pncId()).collect(Collectors.toSet());
        assertThat(pncs).hasSize(register.size());
    }

    @Test
    void aboutOneInThreeHasAnAlias() {
        List<OffenderDetails> register = generate(5, 3000);
        long withAlias = register.stream().filter(d -> !d.aliases().isEmpty()).count();
        assertThat(withAlias).isBetween(850L, 1150L);
    }

    @Test
    void notificationHistoriesAreInOrderValidAndMostlyUpToDate() {
        List<SyntheticOffender> register = register(11, 1000);
        long upToDate = 0;
        for (SyntheticOffender offender : register) {
            Instant previous = Instant.MIN;
            for (NotificationInput n : offender.history()) {
                assertThat(n.receivedAt()).isAfter(previous);
                assertThat(NotificationRules.check(n.type(), n.receivedAt(), n.policeStation(), n.eventDate(),
                        n.changes(), TODAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()).list()).isEmpty();
                previous = n.receivedAt();
            }
            if (!offender.history().isEmpty()) {
                assertThat(offender.history().get(0).type()).isEqualTo(NotificationType.INITIAL);
                LocalDate last = LocalDate.ofInstant(offender.history().get(offender.history().size() - 1)
                        .receivedAt(), ZoneOffset.UTC);
                if (last.isAfter(TODAY.minusYears(1))) {
                    upToDate++;
                }
            }
        }
        // Most of a register still subject to the requirements has notified within the last year.
        assertThat(upToDate).isGreaterThan(register.size() / 3);
    }

    @Test
    void allocationAddsUpExactly() {
        for (int total : new int[] {1, 7, 999, 2000, 70_052}) {
            int[] counts = ForceProfile.allocate(FORCES, total);
            assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(total);
        }
        assertThat(FORCES.stream().map(ForceProfile::code).collect(Collectors.toMap(Function.identity(), c -> 1)))
                .hasSize(FORCES.size());
    }
}
