package uk.gov.vigil.audit.application;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uk.gov.vigil.audit.domain.AuditRetention;

/**
 * The audit trail's retention and alarm settings. The purge and chain-check schedules are
 * {@code vigil.audit.purge-cron} and {@code vigil.audit.chain-check-cron}, read where they are scheduled.
 *
 * @param retention      how long rows are kept; below a year the application refuses to start
 * @param purgeBatchSize rows the purge deletes in one transaction
 * @param alarmHold      how long the health check stays down after writes recover or after the chain was last
 *                       found broken, so that monitoring that polls less often still sees it
 */
@ConfigurationProperties("vigil.audit")
record AuditProperties(@DefaultValue("P6Y") Period retention, @DefaultValue("5000") int purgeBatchSize,
        @DefaultValue("PT1H") Duration alarmHold) {

    AuditProperties {
        new AuditRetention(retention); // refuses less than a year, so the application does not start
        if (purgeBatchSize < 1) {
            throw new IllegalArgumentException("vigil.audit.purge-batch-size must be at least 1");
        }
    }

    AuditRetention retentionPolicy() {
        return new AuditRetention(retention);
    }
}
