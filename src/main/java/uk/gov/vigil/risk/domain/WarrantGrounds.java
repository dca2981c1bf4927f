package uk.gov.vigil.risk.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * s.96B SOA 2003: a justice of the peace may issue a warrant to enter and search the offender's home address for
 * the purpose of assessing risks when officers have tried on at least two occasions to get in and could not. Vigil
 * flags the record once two failed attempts have been recorded since the last visit that was completed; deciding
 * to apply stays with the officers.
 */
public final class WarrantGrounds {

    public static final String CITATION = "s.96B SOA 2003";
    public static final int FAILED_ATTEMPTS = 2;

    private WarrantGrounds() {
    }

    /** The failed attempts, oldest first, if there are enough to apply; empty otherwise. */
    public static Optional<List<HomeVisit>> assess(List<HomeVisit> visits) {
        List<HomeVisit> newestFirst = visits.stream()
                .sorted(Comparator.comparing(HomeVisit::visitedOn).thenComparing(HomeVisit::recordedAt).reversed())
                .toList();
        List<HomeVisit> failed = newestFirst.stream().takeWhile(v -> !v.outcome().completesVisit())
                .filter(v -> v.outcome().failedToGainEntry())
                .sorted(Comparator.comparing(HomeVisit::visitedOn))
                .toList();
        return failed.size() >= FAILED_ATTEMPTS ? Optional.of(failed) : Optional.empty();
    }
}
