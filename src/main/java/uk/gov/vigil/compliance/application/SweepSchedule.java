package uk.gov.vigil.compliance.application;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the overdue sweep every {@code vigil.compliance.sweep-interval} (15 seconds by default, so a missed
 * deadline is noticed well within a minute). ShedLock, on the {@code shedlock} table, lets only one of several
 * instances run it at a time.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vigil.compliance.sweep-enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
class SweepSchedule {

    private final OverdueSweep sweep;

    SweepSchedule(OverdueSweep sweep) {
        this.sweep = sweep;
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Scheduled(fixedDelayString = "${vigil.compliance.sweep-interval:PT15S}", initialDelayString = "PT5S")
    @SchedulerLock(name = "overdue-sweep", lockAtMostFor = "PT5M")
    void run() {
        sweep.sweep();
    }
}
