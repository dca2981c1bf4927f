package uk.gov.vigil.transfer.application;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fails import jobs whose instance stopped: a queued or running job with no heartbeat for
 * {@code vigil.import.stale-after} (10 minutes by default; a running job beats after every batch of 500 records,
 * a queued one every minute). Runs on one instance at a time.
 */
@Component
@ConditionalOnProperty(name = "vigil.import.stale-check-enabled", havingValue = "true", matchIfMissing = true)
class StaleImportJobs {

    private static final Logger log = LoggerFactory.getLogger(StaleImportJobs.class);

    private final BulkImport imports;
    private final Duration staleAfter;

    StaleImportJobs(BulkImport imports, @Value("${vigil.import.stale-after:PT10M}") Duration staleAfter) {
        this.imports = imports;
        this.staleAfter = staleAfter;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "stale-import-jobs", lockAtMostFor = "PT5M")
    void run() {
        List<UUID> failed = imports.failStale(staleAfter);
        if (!failed.isEmpty()) {
            log.warn("Failed {} import jobs whose instance stopped: {}", failed.size(), failed);
        }
    }
}
