package uk.gov.vigil.transfer.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.transfer.domain.ImportJob;

/**
 * Runs uploaded imports in the background, one at a time per instance, so that a long import does not hold a
 * request open and two imports do not compete for the database. Each batch stored is the running job's heartbeat,
 * and the jobs queued behind it are touched once a minute, so {@link StaleImportJobs} can tell a job whose instance
 * stopped from one that is waiting.
 */
@Component
public class ImportJobRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final BulkImport imports;
    private final Clock clock;
    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();
    private Instant lastTouch = Instant.EPOCH;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigil-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobRunner(BulkImport imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    /** Copies the upload to a temporary file, queues the job and returns it; the import then runs in the background. */
    public ImportJob start(String source, String format, long length, InputStream upload, VigilUser user) {
        ImportJob job = imports.queue(source, format, length, user);
        Path file;
        try {
            file = Files.createTempFile("vigil-import-", "." + job.format().extension());
            long size = Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
            if (job.bytesTotal() != size) {
                job = imports.resized(job, size);
            }
        } catch (IOException e) {
            imports.fail(job, "The upload could not be stored");
            throw new UncheckedIOException("The upload could not be stored", e);
        }
        UUID id = job.id();
        queued.add(id);
        executor.submit(() -> {
            queued.remove(id);
            try (InputStream in = Files.newInputStream(file)) {
                imports.run(id, in, user, this::keepQueuedJobsAlive);
            } catch (IOException | RuntimeException e) {
                log.error("Import job {} could not run", id, e);
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not delete {}", file);
                }
            }
        });
        return job;
    }

    /** While one job runs, the jobs waiting behind it on this instance show they are still held. */
    private void keepQueuedJobsAlive(ImportJob running) {
        Instant now = clock.instant();
        if (now.isAfter(lastTouch.plus(TOUCH_EVERY))) {
            lastTouch = now;
            imports.touch(List.copyOf(queued));
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
