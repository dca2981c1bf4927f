package uk.gov.vigil.risk.domain;

import java.util.List;

/**
 * An explainable priority: the score is the sum of the factors' points, and each factor says what it saw.
 *
 * @param version the rule version that computed it
 */
public record Priority(int score, List<Factor> factors, String version) {

    /** One contributing factor: a stable code, the words shown to people, and its points. */
    public record Factor(String code, String explanation, int points) {
    }

    public Priority {
        factors = List.copyOf(factors);
    }
}
