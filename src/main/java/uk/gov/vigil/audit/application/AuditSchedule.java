package uk.gov.vigil.audit.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The audit trail's own jobs, each on one instance at a time: the retention purge (daily at 02:30 by default) and
 * the check of the hash chain (hourly by default), which raises the alarm if the chain is broken. A cron of
 * {@code "-"} switches a job off. Only the service runs them, not the command-line tools.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AuditSchedule {

    private final AuditPurge purge;
    private final AuditService audit;

    AuditSchedule(AuditPurge purge, AuditService audit) {
        this.purge = purge;
        this.audit = audit;
    }

    @Scheduled(cron = "${vigil.audit.purge-cron:0 30 2 * * *}")
    @SchedulerLock(name = "audit-purge", lockAtMostFor = "PT2H")
    void purge() {
        purge.purge();
    }

    @Scheduled(cron = "${vigil.audit.chain-check-cron:0 0 * * * *}")
    @SchedulerLock(name = "audit-chain-check", lockAtMostFor = "PT30M")
    void checkChain() {
        audit.verifyOnSchedule();
    }
}
