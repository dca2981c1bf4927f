package uk.gov.vigil.transfer.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
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
 * request open and two imports do not compete for the database.
 */
@Component
public class ImportJobRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportJobRunner.class);

    private final BulkImport imports;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vigil-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobRunner(BulkImport imports) {
        this.imports = imports;
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
        executor.submit(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                imports.run(id, in, user, progress -> { });
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

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
