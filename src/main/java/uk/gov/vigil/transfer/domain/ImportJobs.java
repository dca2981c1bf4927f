package uk.gov.vigil.transfer.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where import jobs, their row problems and the references already imported are kept. */
public interface ImportJobs {

    void add(ImportJob job);

    void update(ImportJob job);

    Optional<ImportJob> find(UUID id);

    void addProblems(UUID jobId, List<RowProblem> problems);

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
