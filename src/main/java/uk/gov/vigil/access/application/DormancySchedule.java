package uk.gov.vigil.access.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Checks for dormant accounts every hour, on one instance at a time. */
@Component
@ConditionalOnProperty(name = "vigil.accounts.dormancy-check-enabled", havingValue = "true", matchIfMissing = true)
class DormancySchedule {

    private static final Logger log = LoggerFactory.getLogger(DormancySchedule.class);

    private final AccountAdministration accounts;

    DormancySchedule(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    @SchedulerLock(name = "dormant-accounts", lockAtMostFor = "PT10M")
    void run() {
        int disabled = accounts.disableDormantAccounts().size();
        if (disabled > 0) {
            log.info("Disabled {} accounts unused for {} days", disabled, AccountAdministration.DORMANCY.toDays());
        }
    }
}
