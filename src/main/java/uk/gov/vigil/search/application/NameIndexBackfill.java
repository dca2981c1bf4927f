package uk.gov.vigil.search.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, gives name keys to offenders stored without them, such as a register loaded before search existed.
 * Safe to run on several instances at once: indexing an offender twice writes the same keys.
 */
@Component
class NameIndexBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(NameIndexBackfill.class);

    private final NameIndexer indexer;

    NameIndexBackfill(NameIndexer indexer) {
        this.indexer = indexer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexWhatIsMissing() {
        long started = System.nanoTime();
        int total = 0;
        int done;
        do {
            done = indexer.indexMissing(1_000);
            total += done;
        } while (done > 0);
        if (total > 0) {
            LOG.info("Gave name keys to {} offenders in {} ms", total, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
