package uk.gov.vigil.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts the notification period depends on.
 *
 * @param relevantDate the date of conviction, finding or caution
 * @param termMonths   the sentence in months for imprisonment, or the length of a conditional discharge
 * @param terms        several terms of imprisonment imposed together, if any (then {@code termMonths} is unused)
 */
public record PeriodCase(LocalDate dateOfBirth, LocalDate relevantDate, Sentence sentence, Integer termMonths,
        List<Term> terms) {

    public PeriodCase {
        terms = terms == null ? List.of() : List.copyOf(terms);
    }
}
