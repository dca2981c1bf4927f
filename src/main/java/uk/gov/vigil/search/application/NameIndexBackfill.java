package uk.gov.vigil.search.application;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, gives name keys to offenders stored without them, such as a register loaded before search existed or
 * before the key scheme changed (its migration empties the table). It walks the register once in id order.
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
        UUID after = null;
        List<UUID> done;
        do {
            done = indexer.indexMissing(after, 1_000);
            total += done.size();
            after = done.isEmpty() ? after : done.get(done.size() - 1);
        } while (!done.isEmpty());
        if (total > 0) {
            LOG.info("Gave name keys to {} offenders in {} ms", total, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
