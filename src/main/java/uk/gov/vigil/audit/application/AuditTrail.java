package uk.gov.vigil.audit.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import uk.gov.vigil.audit.domain.AuditEvent;
import uk.gov.vigil.audit.domain.AuditEvents;
import uk.gov.vigil.audit.domain.SeparateAuditWriter;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditActor;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;
import uk.gov.vigil.shared.audit.AuditOutcome;
import uk.gov.vigil.shared.web.CorrelationIdFilter;

/**
 * Writes the audit trail. An allowed action inside a read-write transaction is appended just before that
 * transaction commits, so it is stored exactly when the change is; anything else is appended at once in a
 * transaction of its own, on the audit trail's own connections ({@link SeparateAuditWriter}), and the caller waits
 * until it is committed. If the trail cannot be written the caller's work fails too (fail closed), and the
 * {@link AuditFailureAlarm} is raised; the first write that succeeds afterwards records the failure window.
 *
 * <p>Appending holds the chain's head row until commit, so appends in transactions of their own are grouped: while
 * one thread writes, others queue their events, and the next of them writes all that queued in one transaction.
 * Under load many reads share one lock and one commit instead of queueing for one each; alone, an event is
 * written at once as before.
 */
@Service
class AuditTrail implements AuditLog {

    private static final int MAX_REASON = 200;
    private static final int MAX_ACTOR = 100;

    /** The actor of what Vigil does by itself, as the dormancy check records it. */
    static final AuditActor SYSTEM = AuditActor.named("system");

    private final AuditEvents events;
    private final SeparateAuditWriter separately;
    private final Clock clock;
    private final AuditFailureAlarm alarm;
    private final Object queueLock = new Object();
    private final List<Queued> queue = new ArrayList<>();
    private boolean writing;

    AuditTrail(AuditEvents events, SeparateAuditWriter separately, Clock clock, AuditFailureAlarm alarm) {
        this.events = events;
        this.separately = separately;
        this.clock = clock;
        this.alarm = alarm;
    }

    @Override
    public void record(AuditActor actor, AuditAction action, AuditObject object, AuditOutcome outcome, String reason,
            String recipientAgency) {
        AuditEvent event = new AuditEvent(0, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                clip(actor.username(), MAX_ACTOR),
                actor.agencyCode(), action, action.category(), object.type(), object.id(), object.offenderId(),
                outcome, clip(reason, MAX_REASON), recipientAgency,
                MDC.get(CorrelationIdFilter.MDC_KEY), clientAddress(), null, null);
        boolean inWritingTransaction = TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (outcome == AuditOutcome.ALLOWED && inWritingTransaction) {
            pendingInThisTransaction().add(event);
        } else {
            appendAtOnce(event);
        }
    }

    private static final class Queued {

        private final AuditEvent event;
        private boolean done;
        private RuntimeException failure;

        Queued(AuditEvent event) {
            this.event = event;
        }
    }

    /** Returns once the event is committed, in a group with whatever else queued meanwhile. */
    private void appendAtOnce(AuditEvent event) {
        Queued mine = new Queued(event);
        List<Queued> group;
        synchronized (queueLock) {
            queue.add(mine);
            while (!mine.done && writing) {
                try {
                    queueLock.wait();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted before the audit trail was written", interrupted);
                }
            }
            if (mine.done) {
                throwIfFailed(mine);
                return;
            }
            writing = true;
            group = new ArrayList<>(queue);
            queue.clear();
        }
        RuntimeException failure = null;
        try {
            separately.appendAndCommit(group.stream().map(q -> q.event).toList());
        } catch (RuntimeException e) {
            failure = e;
            alarm.writeFailed(group.size(), e);
        }
        synchronized (queueLock) {
            for (Queued q : group) {
                q.done = true;
                q.failure = failure;
            }
            writing = false;
            queueLock.notifyAll();
        }
        throwIfFailed(mine);
        recordRecovery();
    }

    /**
     * After a successful write that ends a failure, records the failure window, as Vigil's own event rather than
     * the request's that happened to succeed. If that write fails in turn, the alarm keeps the incident open, and a
     * later success records it.
     */
    private void recordRecovery() {
        alarm.writeSucceeded().ifPresent(incident -> {
            AuditAction action = AuditAction.AUDIT_FAILURE_RECORDED;
            try {
                appendAtOnce(new AuditEvent(0, clock.instant().truncatedTo(ChronoUnit.MILLIS), SYSTEM.username(),
                        null, action, action.category(), "audit-trail", null, null, AuditOutcome.ALLOWED,
                        clip(incident.summary(), MAX_REASON), null, null, null, null, null));
                alarm.recorded(incident);
            } catch (RuntimeException stillFailing) {
                // appendAtOnce has told the alarm; the caller's own event was written, so its work goes on
            }
        });
    }

    /** Everyone in a group that could not be written fails, as a lone event would. */
    private static void throwIfFailed(Queued queued) {
        if (queued.failure != null) {
            throw queued.failure;
        }
    }

    /**
     * The events waiting for this transaction to commit. They live in a synchronization of the transaction, which
     * Spring suspends with it, so an inner transaction never sees an outer one's events.
     */
    private List<AuditEvent> pendingInThisTransaction() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof AppendBeforeCommit pending) {
                return pending.events;
            }
        }
        AppendBeforeCommit pending = new AppendBeforeCommit();
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending.events;
    }

    private final class AppendBeforeCommit implements TransactionSynchronization {

        private final List<AuditEvent> events = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            try {
                AuditTrail.this.events.append(events);
            } catch (RuntimeException e) {
                alarm.writeFailed(events.size(), e);
                throw e;
            }
        }

        /** Only now is the chain's head free for the failure window's own transaction. */
        @Override
        public void afterCommit() {
            recordRecovery();
        }
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
