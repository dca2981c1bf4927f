package uk.gov.vigil.search.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the register holds about one person, for matching: every name they are known by, with the primary name
 * first, and every date of birth they have given.
 */
public record Candidate(UUID offenderId, List<KnownName> names, List<LocalDate> datesOfBirth, String sex) {

    public Candidate {
        names = List.copyOf(names);
        datesOfBirth = List.copyOf(datesOfBirth);
    }

    public record KnownName(String givenNames, String familyName, boolean alias) {
    }
}
