package uk.gov.vigil.offender.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where offender records are kept. */
public interface OffenderRecords {

    default void add(OffenderRecord record) {
        addAll(List.of(record));
    }

    /** Adds new records in one go; the caller's transaction makes it all or nothing. */
    void addAll(Collection<OffenderRecord> records);

    /** Which of these PNC ids are already on a record. */
    Set<String> pncIdsInUse(Collection<String> pncIds);

    Optional<OffenderRecord> find(OffenderId id);

    /** A record and the restrictions on who may see it, which every access decision needs together. */
    record Guarded(OffenderRecord record, Restrictions restrictions) {
    }

    /** As {@link #find}, with the record's restrictions read in the same query as its other rows. */
    Optional<Guarded> findGuarded(OffenderId id);

    /** The records with these ids, in the order given, leaving out unknown ids; a few queries for them all. */
    List<OffenderRecord> findAll(List<OffenderId> ids);

    /**
     * Replaces the details of a record if it is still at {@code expectedVersion}.
     *
     * @return the stored record at its new version, or empty when the record has moved on
     */
    Optional<OffenderRecord> replace(OffenderId id, long expectedVersion, OffenderDetails details, Instant when,
            String who);

    /** Who manages each of the given offenders, in one read; unknown ids are left out. */
    Map<OffenderId, Management> management(Collection<OffenderId> ids);

    /** Who saved each version of a record, and when, oldest first. */
    List<Revision> revisions(OffenderId id);

    /** The details as they were saved at one version. */
    Optional<OffenderDetails> detailsAt(OffenderId id, long version);

    record Revision(long version, Instant changedAt, String changedBy) {
    }

    /** Records that a record was merged into another. */
    void recordMerge(OffenderId merged, OffenderId kept, Instant at, String by, String reason);

    /** The record a merged record was merged into, if it was. */
    Optional<OffenderId> mergedInto(OffenderId merged);

    /** The records merged into this one, directly. */
    List<OffenderId> mergedIntoThis(OffenderId kept);

    /**
     * Deletes the record and every row this module holds about it (names, convictions, addresses, versions,
     * intelligence notes, access grants, restrictions, merges), and keeps the erasure's metadata in their place.
     */
    void erase(Erasure erasure);

    /** How a record was erased, if it was. */
    Optional<Erasure> erasure(OffenderId id);

    /** The id of another record holding this PNC id, if any. */
    Optional<OffenderId> findByPncId(String pncId);

    /**
     * Ids of the records an agency is responsible for (managing, probation or prison) that the viewer may see,
     * merged records left out, in id order after {@code after} (null for the first page).
     */
    List<OffenderId> responsibleFor(String agency, String viewer, OffenderId after, int limit);

    Page<OffenderSummary> list(OffenderQuery query);

    /** @param viewer the user asking; records whose restrictions hide them from this user are left out */
    record OffenderQuery(String responsibleAgency, RecordStatus status, int page, int size, String viewer) {
    }

    record Page<T>(List<T> items, int page, int size, long totalItems) {

        public long totalPages() {
            return size == 0 ? 0 : (totalItems + size - 1) / size;
        }
    }

    Restrictions restrictions(OffenderId id);

    void replaceRestrictions(OffenderId id, Restrictions restrictions, String by, Instant at);

    /**
     * Offenders whose primary name or an alias matches, nationally, leaving out records hidden from the viewer.
     * Matching is simple (the start of the family name, any case); issue 7 brings the tolerant search.
     *
     * @param familyNamePrefix the start of the family name, or null
     * @param givenNamePrefix  the start of the given names, or null
     * @param dateOfBirth      the exact date of birth, or null
     * @param pncId            the exact PNC id, or null
     */
    List<OffenderSummary> search(String familyNamePrefix, String givenNamePrefix, LocalDate dateOfBirth,
            String pncId, String viewer, int limit);
}
