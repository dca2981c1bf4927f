package uk.gov.vigil.transfer.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where import jobs, their row problems and the references already imported are kept. */
public interface ImportJobs {

    /** Adds a job; every write of a job also stamps its heartbeat. */
    void add(ImportJob job);

    /**
     * Stores the job's progress or end, unless it has meanwhile been failed as stale.
     *
     * @return false if the job had been failed as stale: its runner must stop
     */
    boolean update(ImportJob job);

    /**
     * Adds a stored batch's counts to the job's, raises its bytes read to at least the given, and stamps its
     * heartbeat, unless it has meanwhile been failed as stale. Holds the job until the caller's transaction ends.
     *
     * @return false if the job had been failed as stale: its runner must stop
     */
    boolean progressed(UUID jobId, long bytesRead, ImportJob.Counts added);

    /** Stamps the heartbeat of jobs an instance holds in its queue. */
    void touch(Collection<UUID> ids);

    /**
     * Fails every queued or running job whose heartbeat is older than the cut-off: the instance holding it stopped.
     *
     * @return the jobs failed
     */
    List<UUID> failStale(Instant cutoff, Instant now, String why);

    Optional<ImportJob> find(UUID id);

    void addProblems(UUID jobId, List<RowProblem> problems);

    /** A page of the job's problems, in the order of their lines in the file. */
    List<RowProblem> problems(UUID jobId, int offset, int limit);

    boolean anyImported(String source);

    /** Brings the database's planner statistics up to date after many rows were added. */
    void refreshStatistics();

    /** Of the given references from one source, those already imported, with the offender each became. */
    Map<String, UUID> imported(String source, Collection<String> references);

    void recordImported(String source, Map<String, UUID> offenderByReference, UUID jobId, Instant at);

    /** Forgets which source reference an erased offender was imported from. */
    void forgetOffender(UUID offenderId);
}
