package uk.gov.vigil.search.domain;

import java.util.List;
import java.util.UUID;

/**
 * How well a person matches a search, from 0 to 1, and why, in words an officer can check, such as "alias",
 * "family name sounds alike", "date of birth exact".
 */
public record Match(UUID offenderId, double score, List<String> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
