package uk.gov.vigil.compliance.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.vigil.compliance.NotificationMissed;
import uk.gov.vigil.compliance.domain.ComplianceCase;
import uk.gov.vigil.compliance.domain.ComplianceStore;
import uk.gov.vigil.compliance.domain.Obligation;
import uk.gov.vigil.compliance.domain.ObligationState;
import uk.gov.vigil.compliance.domain.Task;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.domain.Management;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.Ids;

/**
 * Finds obligations whose deadline has passed and marks them missed, opening a compliance case and a task and
 * publishing {@link NotificationMissed} for each. It reads only open obligations past their deadline, through an
 * index, so its cost follows the number due, not the size of the register. It works in batches of 500, each in one
 * transaction with one read of who manages the offenders; an obligation is changed only if it is still open, so a
 * repeated or concurrent run changes nothing twice.
 */
@Component
public class OverdueSweep {

    private static final Logger log = LoggerFactory.getLogger(OverdueSweep.class);
    static final int BATCH = 500;

    private final ComplianceStore store;
    private final OffenderService offenders;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OverdueSweep(ComplianceStore store, OffenderService offenders, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.offenders = offenders;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return how many obligations were marked missed */
    public int sweep() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int missed = 0;
        List<Obligation> due;
        do {
            due = store.openObligationsDueBy(now, BATCH);
            List<Obligation> batch = due;
            Integer handled = transactions.execute(status -> {
                Map<OffenderId, Management> managers = offenders.managementWithoutAccessCheck(
                        batch.stream().map(o -> new OffenderId(o.offenderId())).collect(Collectors.toSet()));
                int count = 0;
                for (Obligation obligation : batch) {
                    if (miss(obligation, managers.get(new OffenderId(obligation.offenderId())), now)) {
                        count++;
                    }
                }
                return count;
            });
            missed += handled == null ? 0 : handled;
        } while (due.size() == BATCH);
        if (missed > 0) {
            log.info("Overdue sweep marked {} obligations missed", missed);
        }
        return missed;
    }

    private boolean miss(Obligation obligation, Management management, Instant now) {
        if (!store.moveObligation(obligation.id(), ObligationState.OPEN, ObligationState.MISSED, now, null)) {
            return false;
        }
        UUID caseId = Ids.next();
        store.openCase(new ComplianceCase(caseId, obligation.offenderId(), obligation.id(),
                ComplianceCase.CaseType.MISSED_NOTIFICATION, ComplianceCase.CaseState.OPEN, now, null, null, null,
                null));
        LocalDate today = LocalDate.ofInstant(now, EnglandAndWales.ZONE);
        store.addTask(new Task(Ids.next(), obligation.offenderId(), caseId, management.managingAgency(),
                management.offenderManager(), "Missed " + obligation.kind().name().toLowerCase()
                        + " notification (last day " + obligation.lastDay() + "): make enquiries to locate the offender",
                today.plusDays(1), Task.TaskState.OPEN, now));
        events.publishEvent(new NotificationMissed(obligation.offenderId(), obligation.id(), caseId,
                management.managingAgency(), obligation.kind().name(), obligation.lastDay()));
        return true;
    }
}
