package uk.gov.vigil.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.vigil.compliance.application.ComplianceService;
import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.compliance.domain.ComplianceStore;
import uk.gov.vigil.compliance.domain.NotificationType;
import uk.gov.vigil.compliance.domain.Obligation;
import uk.gov.vigil.compliance.domain.ObligationKind;
import uk.gov.vigil.compliance.domain.ObligationState;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.application.OffenderService.ImportedBatch;
import uk.gov.vigil.offender.domain.Conviction;
import uk.gov.vigil.offender.domain.Disposal;
import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.OffenderFixtures;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.PersonName;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.InvalidInputException;
import uk.gov.vigil.support.IntegrationTestBase;
import uk.gov.vigil.support.MutableClock;
import uk.gov.vigil.support.TestClockConfiguration;

/** Importing offenders and their histories in batches, as the demo register and a migration do. */
@Import(TestClockConfiguration.class)
class BatchImportIT extends IntegrationTestBase {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    OffenderService offenders;

    @Autowired
    ComplianceService compliance;

    @Autowired
    ComplianceStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void startOfTheStory() {
        clock.set(TestClockConfiguration.START);
    }

    private static OffenderFixtures.Builder offender() {
        OffenderFixtures.Builder b = OffenderFixtures.valid().pnc(IdentifierFormats.formatPncId(2019,
                ThreadLocalRandom.current().nextInt(100_000, 999_999)));
        b.convictions = List.of(new Conviction("SOA2003-S3", LocalDate.of(2019, 6, 10), "Snaresbrook Crown Court",
                Disposal.IMPRISONMENT, 24));
        b.management = new Management("MET", "it.met.om", null, null);
        return b;
    }

    /** An initial notification two days after conviction, then one a year, the last on 1 June 2025. */
    private static List<NotificationInput> sixYears() {
        List<NotificationInput> history = new ArrayList<>();
        history.add(at(NotificationType.INITIAL, LocalDate.of(2019, 6, 12)));
        for (int year = 2020; year <= 2025; year++) {
            history.add(at(NotificationType.PERIODIC, LocalDate.of(year, 6, 1)));
        }
        return history;
    }

    private static NotificationInput at(NotificationType type, LocalDate day) {
        return new NotificationInput(type, day.atTime(10, 0).atZone(LONDON).toInstant(), "Walthamstow Police Station",
                null, null, null);
    }

    @Test
    void badRowsAreTurnedAwayWithTheirReasonsAndGoodRowsAreStored() {
        OffenderDetails alreadyRegistered = offender().build();
        offenders.register(alreadyRegistered, TestUser.MET_OM.vigilUser());
        OffenderDetails good = offender().build();
        OffenderFixtures.Builder unnamed = offender();
        unnamed.name = new PersonName("Alan", " ");
        OffenderDetails twin = offender().pnc(good.identifiers().pncId()).build();
        OffenderDetails clash = offender().pnc(alreadyRegistered.identifiers().pncId()).build();
        OffenderDetails hertfordshire = offender().managedBy("HRT", null).build();

        ImportedBatch batch = offenders.importBatch(
                List.of(good, unnamed.build(), twin, clash, hertfordshire), TestUser.MET_OM.vigilUser());

        assertThat(batch.stored()).extracting(OffenderRecord::details).containsExactly(good);
        assertThat(batch.rejected()).containsOnlyKeys(1, 2, 3, 4);
        assertThat(batch.rejected().get(1)).extracting(FieldViolation::field).contains("name.familyName");
        assertThat(batch.rejected().get(2)).containsExactly(
                new FieldViolation("identifiers.pncId", "is also on row 0 of this batch"));
        assertThat(batch.rejected().get(3)).containsExactly(
                new FieldViolation("identifiers.pncId", "is already on another offender's record"));
        assertThat(batch.rejected().get(4)).extracting(FieldViolation::field)
                .containsExactly("management.managingAgency");
        assertThat(countWithPnc(good.identifiers().pncId())).isEqualTo(1);
        assertThat(countWithPnc(alreadyRegistered.identifiers().pncId())).isEqualTo(1);
    }

    @Test
    void anImportedHistoryLeavesTheSameObligationOpenAsRecordingItOneByOne() {
        List<NotificationInput> history = sixYears();
        OffenderRecord imported = transactions.execute(status -> {
            ImportedBatch batch = offenders.importBatch(List.of(offender().build()), TestUser.ADMIN.vigilUser());
            compliance.importHistories(batch.stored(), Map.of(batch.stored().get(0).id().value(), history),
                    "it.admin");
            return batch.stored().get(0);
        });
        UUID recorded = offenders.register(offender().build(), TestUser.MET_OM.vigilUser()).id().value();
        history.forEach(n -> compliance.recordNotification(recorded, n, TestUser.MET_OM.vigilUser()));

        Obligation viaImport = store.currentObligation(imported.id().value()).orElseThrow();
        Obligation oneByOne = store.currentObligation(recorded).orElseThrow();
        assertThat(viaImport.kind()).isEqualTo(ObligationKind.PERIODIC);
        assertThat(viaImport.state()).isEqualTo(ObligationState.OPEN);
        assertThat(viaImport.lastDay()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(viaImport.citation()).isEqualTo(oneByOne.citation());
        assertThat(List.<Object>of(viaImport.kind(), viaImport.state(), viaImport.lastDay()))
                .isEqualTo(List.<Object>of(oneByOne.kind(), oneByOne.state(), oneByOne.lastDay()));
        assertThat(store.notifications(imported.id().value())).hasSize(7);
        assertThat(store.requirement(imported.id().value())).get()
                .extracting(r -> r.decision().ruleVersion()).isEqualTo("england-wales/1");
    }

    @Test
    void aBadNotificationStopsTheWholeBatchSoNoOffenderIsHalfImported() {
        List<NotificationInput> history = new ArrayList<>(sixYears());
        history.add(new NotificationInput(NotificationType.PERIODIC, clock.instant().plusSeconds(86_400),
                "Walthamstow Police Station", null, null, null));
        OffenderDetails details = offender().build();
        assertThat(compliance.checkHistory(history).list()).extracting(FieldViolation::field)
                .containsExactly("notifications[7].receivedAt");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            ImportedBatch batch = offenders.importBatch(List.of(details), TestUser.ADMIN.vigilUser());
            compliance.importHistories(batch.stored(), Map.of(batch.stored().get(0).id().value(), history),
                    "it.admin");
        })).isInstanceOf(InvalidInputException.class);
        assertThat(countWithPnc(details.identifiers().pncId())).isZero();
    }

    private long countWithPnc(String pnc) {
        return jdbc.sql("select count(*) from offender where pnc_id = :pnc").param("pnc", pnc).query(Long.class)
                .single();
    }
}
