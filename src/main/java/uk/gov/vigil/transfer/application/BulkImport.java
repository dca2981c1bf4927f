package uk.gov.vigil.transfer.application;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.access.Permission;
import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.compliance.application.ComplianceService;
import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.offender.application.OffenderService;
import uk.gov.vigil.offender.application.OffenderService.ImportedBatch;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.shared.FieldViolation;
import uk.gov.vigil.shared.Ids;
import uk.gov.vigil.shared.NotFoundException;
import uk.gov.vigil.shared.Violations;
import uk.gov.vigil.shared.persistence.DeadlockRetry;
import uk.gov.vigil.transfer.domain.ImportJob;
import uk.gov.vigil.transfer.domain.ImportJob.Counts;
import uk.gov.vigil.transfer.domain.ImportJobState;
import uk.gov.vigil.transfer.domain.ImportJobs;
import uk.gov.vigil.transfer.domain.RowProblem;
import uk.gov.vigil.transfer.domain.TransferFormat;

/**
 * Imports a bulk file. Records are read one at a time and stored in batches, each batch in one transaction with
 * its offenders, notifications, derived obligations, the references it imported and its row problems, so a record
 * is stored whole or not at all. Several batches are stored at once (see {@link Run}). A bad record is reported
 * and does not stop the others. A record whose reference an earlier run from the same source already stored is
 * skipped, so a re-run after a failure picks up where it stopped.
 */
@Service
public class BulkImport {

    static final int BATCH = 500;
    /**
     * The database's planner statistics are refreshed when this many records have been stored, and again each
     * time the number doubles. A load into empty tables otherwise leaves the planner thinking they are empty: at
     * 80,000 offenders the duplicate-PNC check was still scanning the whole table for every batch (measured).
     */
    static final long FIRST_ANALYSIS = 1_000;
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");
    private static final Logger log = LoggerFactory.getLogger(BulkImport.class);
    /** A batch is one transaction, so one that loses a deadlock to another batch is stored again, this often. */
    private static final int BATCH_ATTEMPTS = 3;

    private final ImportJobs jobs;
    private final OffenderService offenders;
    private final ComplianceService compliance;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final int workers;

    /**
     * @param workers how many batches are stored at once (vigil.import.workers); on two cores, two let the
     *                database store one batch while Java prepares the next
     */
    BulkImport(ImportJobs jobs, OffenderService offenders, ComplianceService compliance,
            TransactionTemplate transactions, JsonMapper json, Clock clock,
            @Value("${vigil.import.workers:2}") int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("vigil.import.workers must be at least 1");
        }
        this.workers = workers;
        this.jobs = jobs;
        this.offenders = offenders;
        this.compliance = compliance;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** Checks the request and records a queued job; {@link #run} then imports the file. */
    public ImportJob queue(String source, String format, long bytesTotal, VigilUser user) {
        mayImport(user);
        Violations v = new Violations();
        if (source == null || !SOURCE.matcher(source.strip()).matches()) {
            v.add("source", "must name the sending system in 1 to 60 letters, digits, dots, dashes or underscores,"
                    + " starting with a letter or digit");
        }
        if (TransferFormat.named(format).isEmpty()) {
            v.add("format", "must be jsonl or csv");
        }
        v.throwIfAny();
        ImportJob job = new ImportJob(Ids.next(), source.strip(), TransferFormat.named(format).orElseThrow(),
                ImportJobState.QUEUED, user.username(), user.agencyCode(), now(), null, Math.max(0, bytesTotal), 0,
                0, 0, 0, 0, null);
        jobs.add(job);
        return job;
    }

    /** The job with the size of the file as received, when the request did not say it. */
    ImportJob resized(ImportJob job, long bytesTotal) {
        ImportJob sized = new ImportJob(job.id(), job.source(), job.format(), job.state(), job.startedBy(),
                job.agencyCode(), job.createdAt(), job.finishedAt(), bytesTotal, job.bytesRead(), job.read(),
                job.stored(), job.skipped(), job.rejected(), job.failure());
        jobs.update(sized);
        return sized;
    }

    void fail(ImportJob job, String why) {
        jobs.update(job.moveTo(ImportJobState.FAILED, now(), why));
    }

    static void mayImport(VigilUser user) {
        if (!user.can(Permission.BULK_IMPORT) || !user.can(Permission.OFFENDER_WRITE)) {
            throw new AccessDeniedException("Your role cannot import offenders in bulk");
        }
    }

    /**
     * Imports the file of a queued job. Problems with records are reported on the job; a failure that stops the
     * whole file (an unreadable header, a database error) fails the job, keeping the batches stored before it.
     *
     * @param progress told after every batch stored, from one thread at a time
     */
    public ImportJob run(UUID jobId, InputStream file, VigilUser user, Consumer<ImportJob> progress) {
        ImportJob job = jobs.find(jobId).orElseThrow(() -> new NotFoundException("No import job " + jobId));
        job = job.moveTo(ImportJobState.RUNNING, now(), null);
        if (!jobs.update(job)) {
            return jobs.find(jobId).orElseThrow();
        }
        CountingStream counted = new CountingStream(file);
        Run run = new Run(job, user, progress);
        RuntimeException stopped = null;
        try {
            BufferedReader text = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 65536);
            RecordReader reader = job.format() == TransferFormat.JSONL ? JsonLines.reader(text, json)
                    : CsvRecords.reader(text, json);
            while (reader.hasNext() && !run.stopped()) {
                run.add(reader.next(), counted.count);
            }
            run.finish(counted.count);
        } catch (RuntimeException e) {
            stopped = e;
        } finally {
            run.close();
        }
        if (stopped == null) {
            job = run.job().moveTo(ImportJobState.FINISHED, now(), null);
        } else if (stopped instanceof FailedAsStale) {
            log.warn("Import job {} was failed as stale while it ran; it stops, its last batches rolled back", jobId);
            return jobs.find(jobId).orElseThrow();
        } else if (stopped instanceof CsvRecords.UnknownHeaderException) {
            job = run.job().moveTo(ImportJobState.FAILED, now(), stopped.getMessage());
        } else if (stopped instanceof UncheckedIOException) {
            job = run.job().moveTo(ImportJobState.FAILED, now(), "The file could not be read: "
                    + stopped.getMessage());
        } else {
            log.error("Import job {} failed", jobId, stopped);
            job = run.job().moveTo(ImportJobState.FAILED, now(), "Stopped by an error after " + run.job().read()
                    + " records; the batches stored before it are kept, and a re-run skips them");
        }
        jobs.update(job);
        progress.accept(job);
        return job;
    }

    public ImportJob job(UUID id, VigilUser user) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("No import job " + id));
        if (!job.startedBy().equals(user.username())
                && !(user.can(Permission.BULK_IMPORT) && job.agencyCode().equals(user.agencyCode()))) {
            throw new AccessDeniedException("This import job was started by another agency");
        }
        return job;
    }

    public List<RowProblem> problems(UUID id, int page, int size, VigilUser user) {
        job(id, user);
        return jobs.problems(id, page * size, size);
    }

    /** The job was failed as stale by {@link StaleImportJobs} while this instance still ran it. */
    private static final class FailedAsStale extends RuntimeException {

        FailedAsStale() {
            super("The import job was failed as stale", null, false, false);
        }
    }

    /** Fails jobs whose heartbeat is older than the cut-off; see {@link StaleImportJobs}. */
    List<UUID> failStale(Duration staleAfter) {
        Instant now = now();
        return jobs.failStale(now.minus(staleAfter), now, "The instance running this import stopped (no progress"
                + " since " + now.minus(staleAfter).truncatedTo(ChronoUnit.SECONDS) + "). The batches stored before"
                + " it are kept; upload the file again with the same source to import the rest");
    }

    void touch(Collection<UUID> queued) {
        jobs.touch(queued);
    }

    /**
     * One run through a file. The reading thread parses records and deals them out to {@link #workers} shards;
     * each shard stores its batches in order, one transaction each, and the shards store in parallel, so the
     * database works on one batch while Java prepares the next. A record with a PNC id always goes to the same
     * shard, so two records with the same one are never stored concurrently: the later one meets the earlier in
     * the database and is rejected, as it would be one batch at a time.
     */
    private final class Run {
        private final VigilUser user;
        private final Consumer<ImportJob> progress;
        private final Shard[] shards;
        private final ExecutorService storing;
        /** Bounds the batches read but not yet stored, so a large file is never all in memory. */
        private final Semaphore inFlight;
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private final Map<String, String> context = MDC.getCopyOfContextMap();
        /** The line each reference of this run was first read on, to turn away a second record with it. */
        private final Map<String, Long> firstLines = new ConcurrentHashMap<>();
        /**
         * Whether nothing had been imported from this source before the run. Then every reference already stored
         * is one of this run's, known from {@code firstLines}, and no batch needs to ask the database.
         */
        private final boolean sourceWasNew;
        private int nextShard;
        /** Guarded by this: the job as its committed batches left it, and when to refresh statistics next. */
        private ImportJob job;
        private Counts counts = Counts.NONE;
        private long bytesStored;
        private long analyseAt = FIRST_ANALYSIS;

        Run(ImportJob job, VigilUser user, Consumer<ImportJob> progress) {
            this.job = job;
            this.user = user;
            this.progress = progress;
            this.sourceWasNew = !jobs.anyImported(job.source());
            this.shards = new Shard[workers];
            for (int i = 0; i < workers; i++) {
                shards[i] = new Shard();
            }
            this.inFlight = new Semaphore(2 * workers);
            this.storing = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "vigil-import-store");
                t.setDaemon(true);
                return t;
            });
        }

        synchronized ImportJob job() {
            return job;
        }

        boolean stopped() {
            return failure.get() != null;
        }

        void add(ParsedRecord parsed, long bytesRead) {
            if (parsed instanceof ParsedRecord.Read read) {
                TransferRecord r = read.record();
                firstLines.putIfAbsent(r.sourceReference(), r.line());
                Shard shard = shardFor(r);
                shard.batch.add(r);
                submitIfFull(shard, bytesRead);
            } else if (parsed instanceof ParsedRecord.Unreadable bad) {
                Shard shard = nextInTurn();
                shard.problems.addAll(bad.problems());
                shard.unreadable++;
                submitIfFull(shard, bytesRead);
            }
        }

        /** The shards in turn, for records without a PNC id and for unreadable lines. */
        private Shard nextInTurn() {
            nextShard = (nextShard + 1) % shards.length;
            return shards[nextShard];
        }

        private Shard shardFor(TransferRecord r) {
            String pnc = r.offender().identifiers() == null ? null : r.offender().identifiers().pncId();
            return pnc != null ? shards[Math.floorMod(pnc.hashCode(), shards.length)]
                    : nextInTurn();
        }

        private void submitIfFull(Shard shard, long bytesRead) {
            if (shard.batch.size() + shard.unreadable >= BATCH) {
                submit(shard, bytesRead);
            }
        }

        /** Hands the shard's gathered records to its queue of batches, waiting while too many are unstored. */
        private void submit(Shard shard, long bytesRead) {
            Batch batch = new Batch(List.copyOf(shard.batch), List.copyOf(shard.problems), shard.unreadable,
                    bytesRead);
            shard.batch.clear();
            shard.problems.clear();
            shard.unreadable = 0;
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while importing", e);
            }
            shard.tail = shard.tail.thenRunAsync(() -> storeUnlessStopped(batch), storing)
                    .whenComplete((done, thrown) -> inFlight.release());
        }

        /** Stores what is left in every shard and waits until all is stored, or throws what stopped it. */
        void finish(long bytesRead) {
            for (Shard shard : shards) {
                if (!shard.batch.isEmpty() || shard.unreadable > 0) {
                    submit(shard, bytesRead);
                }
            }
            awaitStored();
            RuntimeException stopped = failure.get();
            if (stopped != null) {
                throw stopped;
            }
        }

        private void awaitStored() {
            for (Shard shard : shards) {
                try {
                    shard.tail.join();
                } catch (CompletionException | CancellationException e) {
                    // the failure was kept when it happened
                }
            }
        }

        /** Whatever stopped the run, no batch is stored after it returns. */
        void close() {
            failure.compareAndSet(null, new IllegalStateException("The import stopped"));
            awaitStored();
            storing.shutdown();
        }

        private void storeUnlessStopped(Batch batch) {
            if (stopped()) {
                return;
            }
            Map<String, String> previous = MDC.getCopyOfContextMap();
            if (context != null) {
                MDC.setContextMap(context);
            }
            try {
                Counts stored = DeadlockRetry.run(BATCH_ATTEMPTS, (attempt, cause) -> log.warn(
                        "Import job {}: a batch ending at byte {} lost a deadlock on attempt {} and is stored again",
                        job().id(), batch.bytesRead(), attempt), () -> transactions.execute(status -> store(batch)));
                committed(stored, batch.bytesRead());
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e instanceof RuntimeException r ? r
                        : new IllegalStateException("A batch could not be stored", e));
                throw e;
            } finally {
                if (previous != null) {
                    MDC.setContextMap(previous);
                } else {
                    MDC.clear();
                }
            }
        }

        /** Stores one batch; returns what it added to the job's counts. */
        private Counts store(Batch batch) {
            List<RowProblem> problems = new ArrayList<>(batch.problems());
            Map<String, UUID> already = sourceWasNew ? Map.of() : jobs.imported(job().source(),
                    batch.records().stream().map(TransferRecord::sourceReference).toList());
            List<TransferRecord> fresh = new ArrayList<>();
            long skipped = 0;
            long rejected = batch.unreadable();
            for (TransferRecord r : batch.records()) {
                if (already.containsKey(r.sourceReference())) {
                    skipped++;
                    continue;
                }
                long first = firstLines.get(r.sourceReference());
                if (first != r.line()) {
                    problems.add(new RowProblem(r.line(), r.sourceReference(), "sourceReference",
                            "appears again; its first record starts on line " + first));
                    rejected++;
                    continue;
                }
                List<FieldViolation> history = compliance.checkHistory(r.notifications()).list();
                if (!history.isEmpty()) {
                    history.forEach(v -> problems.add(
                            new RowProblem(r.line(), r.sourceReference(), v.field(), v.message())));
                    rejected++;
                    continue;
                }
                fresh.add(r);
            }
            ImportedBatch imported = offenders.importBatch(
                    fresh.stream().map(TransferRecord::offender).toList(), user);
            imported.rejected().forEach((i, violations) -> {
                TransferRecord r = fresh.get(i);
                violations.forEach(v -> problems.add(new RowProblem(r.line(), r.sourceReference(),
                        "offender." + v.field(), v.message())));
            });
            rejected += imported.rejected().size();
            Map<UUID, List<NotificationInput>> histories = new HashMap<>();
            Map<String, UUID> references = new LinkedHashMap<>();
            List<TransferRecord> storedRows = new ArrayList<>();
            for (int i = 0; i < fresh.size(); i++) {
                if (!imported.rejected().containsKey(i)) {
                    storedRows.add(fresh.get(i));
                }
            }
            List<OffenderRecord> stored = imported.stored();
            for (int i = 0; i < stored.size(); i++) {
                UUID id = stored.get(i).id().value();
                histories.put(id, storedRows.get(i).notifications());
                references.put(storedRows.get(i).sourceReference(), id);
            }
            compliance.importHistories(stored, histories, user.username());
            jobs.recordImported(job().source(), references, job().id(), now());
            Counts added = Counts.NONE.plus(batch.records().size() + batch.unreadable(), stored.size(), skipped,
                    rejected);
            // Locks the job's row until commit, so that concurrent batches number their problems one at a time.
            if (!jobs.progressed(job().id(), batch.bytesRead(), added)) {
                throw new FailedAsStale();
            }
            jobs.addProblems(job().id(), problems);
            return added;
        }

        /** Adds a committed batch to the totals, tells the caller, and refreshes statistics when it is time. */
        private void committed(Counts added, long bytesRead) {
            boolean analyse;
            synchronized (this) {
                counts = counts.plus(added.read(), added.stored(), added.skipped(), added.rejected());
                bytesStored = Math.max(bytesStored, bytesRead);
                job = job.progressed(bytesStored, counts);
                progress.accept(job);
                analyse = counts.stored() >= analyseAt;
                if (analyse) {
                    analyseAt *= 2;
                }
            }
            if (analyse) {
                jobs.refreshStatistics();
            }
        }
    }

    /** The records a shard is gathering for its next batch, and the last batch it queued. */
    private static final class Shard {
        private final List<TransferRecord> batch = new ArrayList<>();
        private final List<RowProblem> problems = new ArrayList<>();
        private long unreadable;
        private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
    }

    /** Records to store in one transaction, the unreadable ones' problems, and how far into the file they end. */
    private record Batch(List<TransferRecord> records, List<RowProblem> problems, long unreadable, long bytesRead) {
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Counts the bytes read, for progress through the file. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
