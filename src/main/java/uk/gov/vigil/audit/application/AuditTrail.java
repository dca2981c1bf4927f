package uk.gov.vigil.audit.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import uk.gov.vigil.audit.domain.AuditEvent;
import uk.gov.vigil.audit.domain.AuditEvents;
import uk.gov.vigil.shared.audit.AuditAction;
import uk.gov.vigil.shared.audit.AuditActor;
import uk.gov.vigil.shared.audit.AuditLog;
import uk.gov.vigil.shared.audit.AuditObject;
import uk.gov.vigil.shared.audit.AuditOutcome;
import uk.gov.vigil.shared.web.CorrelationIdFilter;

/**
 * Writes the audit trail. An allowed action inside a read-write transaction is appended just before that
 * transaction commits, so it is stored exactly when the change is; anything else is appended at once in a
 * transaction of its own. If the trail cannot be written the caller's work fails too (fail closed).
 */
@Service
class AuditTrail implements AuditLog {

    private static final int MAX_REASON = 200;
    private static final int MAX_ACTOR = 100;

    private final AuditEvents events;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditTrail(AuditEvents events, Clock clock, PlatformTransactionManager transactions) {
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
            ownTransaction.executeWithoutResult(status -> events.append(List.of(event)));
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
            AuditTrail.this.events.append(events);
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
