package uk.gov.vigil.audit.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.vigil.audit.domain.AuditChain;
import uk.gov.vigil.audit.domain.AuditEvent;
import uk.gov.vigil.audit.domain.AuditEvents;
import uk.gov.vigil.audit.domain.AuditEvents.Checkpoint;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;

/**
 * Deletes audit rows older than the retention period (CJIS AU-11; DPA 2018 s.39), oldest first, from the start
 * of the chain, never past a younger row. Each batch is one transaction: it moves the purge checkpoint to the last
 * row it deletes, deletes the rows, and records {@code AUDIT_PURGED}, so the chain stays checkable from the
 * checkpoint. It checks each row's link before deleting it and stops at a broken one, so a purge never destroys
 * the evidence of tampering. The database refuses to delete rows younger than 365 days whatever the cut-off.
 */
@Component
class AuditPurge {

    private static final Logger log = LoggerFactory.getLogger(AuditPurge.class);

    private final AuditEvents events;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditProperties properties;

    AuditPurge(AuditEvents events, AuditLog audit, TransactionTemplate transactions, Clock clock,
            AuditProperties properties) {
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /** Purges what the configured retention allows. @return how many rows were deleted */
    long purge() {
        return purgeBefore(properties.retentionPolicy().cutOff(clock.instant()));
    }

    /** Purges rows that occurred before the cut-off. @return how many rows were deleted */
    long purgeBefore(Instant cutOff) {
        long total = 0;
        int purged;
        do {
            purged = transactions.execute(status -> purgeBatch(cutOff));
            total += purged;
        } while (purged == properties.purgeBatchSize());
        if (total > 0) {
            log.info("Purged {} audit rows that occurred before {}", total, cutOff);
        }
        return total;
    }

    private int purgeBatch(Instant cutOff) {
        Checkpoint from = events.checkpoint();
        List<AuditEvent> oldest = events.after(from.throughSeq(), properties.purgeBatchSize());
        AuditEvent last = null;
        String previous = from.throughHash();
        int count = 0;
        for (AuditEvent e : oldest) {
            if (!e.occurredAt().isBefore(cutOff)) {
                break;
            }
            Optional<String> problem = AuditChain.check(e, from.throughSeq() + count + 1, previous);
            if (problem.isPresent()) {
                throw new IllegalStateException("The audit purge stopped at a broken link, which it keeps: "
                        + problem.get());
            }
            last = e;
            previous = e.hash();
            count++;
        }
        if (last == null) {
            return 0;
        }
        int deleted = events.purgeThrough(new Checkpoint(last.seq(), last.hash()), cutOff,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), count);
        if (deleted != count) {
            throw new IllegalStateException("The audit purge meant to delete " + count + " rows but " + deleted
                    + " went; nothing was deleted");
        }
        audit.allowed(AuditTrail.SYSTEM, AuditAction.AUDIT_PURGED, AuditObject.of("audit-trail", null),
                count + " rows that occurred before " + cutOff + " purged, rows " + (from.throughSeq() + 1) + " to "
                        + last.seq());
        return count;
    }
}
