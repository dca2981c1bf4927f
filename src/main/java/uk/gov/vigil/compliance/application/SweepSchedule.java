package uk.gov.vigil.compliance.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the overdue sweep every {@code vigil.compliance.sweep-interval} (15 seconds by default, so a missed
 * deadline is noticed well within a minute), on one instance at a time.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vigil.compliance.sweep-enabled", havingValue = "true", matchIfMissing = true)
class SweepSchedule {

    private final OverdueSweep sweep;

    SweepSchedule(OverdueSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(fixedDelayString = "${vigil.compliance.sweep-interval:PT15S}", initialDelayString = "PT5S")
    @SchedulerLock(name = "overdue-sweep", lockAtMostFor = "PT5M")
    void run() {
        sweep.sweep();
    }
}
