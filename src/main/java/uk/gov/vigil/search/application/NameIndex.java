package uk.gov.vigil.search.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import uk.gov.vigil.offender.domain.OffenderSummary;
import uk.gov.vigil.search.domain.Candidate;

/** The precomputed name keys, and the reads matching needs. */
public interface NameIndex {

    /** Replaces the keys of each offender named. */
    void replace(Map<UUID, Set<String>> keysByOffender);

    /** The people known by any of these names: primary names and aliases, for computing keys. */
    Map<UUID, List<Candidate.KnownName>> names(Collection<UUID> offenderIds);

    /** Up to {@code limit} offenders sharing the most keys with a search, weighed by {@code NameKeys.weight}. */
    List<UUID> sharingKeys(Set<String> keys, int limit);

    /** Up to {@code limit} offenders with any of these dates of birth, primary or alias. */
    List<UUID> bornOn(Set<LocalDate> dates, int limit);

    /**
     * Up to {@code limit} offenders with ids after {@code after} (null: from the first) that have no keys yet, such
     * as those stored before search existed or before the key scheme changed, in id order.
     */
    List<UUID> unindexed(UUID after, int limit);

    /**
     * The candidates among {@code offenderIds} that the viewer may see and that meet every filter given.
     *
     * @param filters identifiers and postcode start; a null filter is not applied
     */
    List<Loaded> load(Collection<UUID> offenderIds, Filters filters, String viewer);

    /**
     * Exact identifiers, the start of a postcode and text in an address (lower case); a null field is not a
     * filter.
     */
    record Filters(String pncId, String croNumber, String nationalInsuranceNumber, String postcodeStart,
            String passportNumber, String addressText) {

        public boolean any() {
            return pncId != null || croNumber != null || nationalInsuranceNumber != null || postcodeStart != null
                    || passportNumber != null || addressText != null;
        }
    }

    /** Up to {@code limit} offenders matching the filters alone. */
    List<UUID> filtered(Filters filters, int limit);

    /** A candidate for scoring, with the summary to show if it matches. */
    record Loaded(Candidate candidate, OffenderSummary summary) {
    }
}
