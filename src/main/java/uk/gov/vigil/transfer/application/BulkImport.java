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
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import uk.gov.vigil.transfer.domain.ImportJob;
import uk.gov.vigil.transfer.domain.ImportJob.Counts;
import uk.gov.vigil.transfer.domain.ImportJobState;
import uk.gov.vigil.transfer.domain.ImportJobs;
import uk.gov.vigil.transfer.domain.RowProblem;
import uk.gov.vigil.transfer.domain.TransferFormat;

/**
 * Imports a bulk file. Records are read one at a time and stored in batches, each batch in one transaction with
 * its offenders, notifications, derived obligations, the references it imported and its row problems, so a record
 * is stored whole or not at all. A bad record is reported and does not stop the others. A record whose reference
 * an earlier run from the same source already stored is skipped, so a re-run after a failure picks up where it
 * stopped.
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

    private final ImportJobs jobs;
    private final OffenderService offenders;
    private final ComplianceService compliance;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    BulkImport(ImportJobs jobs, OffenderService offenders, ComplianceService compliance,
            TransactionTemplate transactions, JsonMapper json, Clock clock) {
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
     * @param progress told after every batch
     */
    public ImportJob run(UUID jobId, InputStream file, VigilUser user, Consumer<ImportJob> progress) {
        ImportJob job = jobs.find(jobId).orElseThrow(() -> new NotFoundException("No import job " + jobId));
        job = job.moveTo(ImportJobState.RUNNING, now(), null);
        if (!jobs.update(job)) {
            return jobs.find(jobId).orElseThrow();
        }
        CountingStream counted = new CountingStream(file);
        Run run = new Run(job, user);
        try {
            BufferedReader text = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 65536);
            RecordReader reader = job.format() == TransferFormat.JSONL ? JsonLines.reader(text, json)
                    : CsvRecords.reader(text, json);
            long analyseAt = FIRST_ANALYSIS;
            while (reader.hasNext()) {
                run.add(reader.next());
                if (run.full()) {
                    run.store(counted.count);
                    progress.accept(run.job);
                    if (run.job.stored() >= analyseAt) {
                        jobs.refreshStatistics();
                        analyseAt *= 2;
                    }
                }
            }
            run.store(counted.count);
            job = run.job.moveTo(ImportJobState.FINISHED, now(), null);
        } catch (FailedAsStale e) {
            log.warn("Import job {} was failed as stale while it ran; it stops, its last batch rolled back", jobId);
            return jobs.find(jobId).orElseThrow();
        } catch (CsvRecords.UnknownHeaderException e) {
            job = run.job.moveTo(ImportJobState.FAILED, now(), e.getMessage());
        } catch (UncheckedIOException e) {
            job = run.job.moveTo(ImportJobState.FAILED, now(), "The file could not be read: " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("Import job {} failed", jobId, e);
            job = run.job.moveTo(ImportJobState.FAILED, now(), "Stopped by an error after " + run.job.read()
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

    /** One run through a file: the batch being gathered and the totals so far. */
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

    private final class Run {
        private ImportJob job;
        private final VigilUser user;
        private final List<TransferRecord> batch = new ArrayList<>();
        private final List<RowProblem> problems = new ArrayList<>();
        private long unreadable;
        private Counts counts = Counts.NONE;
        /** The line each reference of this run was first read on, to turn away a second record with it. */
        private final Map<String, Long> firstLines = new HashMap<>();
        /**
         * Whether nothing had been imported from this source before the run. Then every reference already stored
         * is one of this run's, known from {@code firstLines}, and no batch needs to ask the database.
         */
        private final boolean sourceWasNew;

        Run(ImportJob job, VigilUser user) {
            this.job = job;
            this.user = user;
            this.sourceWasNew = !jobs.anyImported(job.source());
        }

        void add(ParsedRecord parsed) {
            if (parsed instanceof ParsedRecord.Read read) {
                batch.add(read.record());
            } else if (parsed instanceof ParsedRecord.Unreadable bad) {
                problems.addAll(bad.problems());
                unreadable++;
            }
        }

        boolean full() {
            return batch.size() + unreadable >= BATCH;
        }

        void store(long bytesRead) {
            transactions.executeWithoutResult(status -> {
                Map<String, UUID> already = sourceWasNew ? Map.of() : jobs.imported(job.source(),
                        batch.stream().map(TransferRecord::sourceReference).toList());
                List<TransferRecord> fresh = new ArrayList<>();
                long skipped = 0;
                long rejected = unreadable;
                for (TransferRecord r : batch) {
                    if (already.containsKey(r.sourceReference())) {
                        skipped++;
                        continue;
                    }
                    Long first = firstLines.putIfAbsent(r.sourceReference(), r.line());
                    if (first != null) {
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
                jobs.recordImported(job.source(), references, job.id(), now());
                jobs.addProblems(job.id(), problems);
                counts = counts.plus(batch.size() + unreadable, stored.size(), skipped, rejected);
                job = job.progressed(bytesRead, counts);
                if (!jobs.update(job)) {
                    throw new FailedAsStale();
                }
            });
            batch.clear();
            problems.clear();
            unreadable = 0;
        }
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
