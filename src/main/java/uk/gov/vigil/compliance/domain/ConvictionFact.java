package uk.gov.vigil.compliance.domain;

import java.time.LocalDate;

import uk.gov.vigil.rules.Sentence;

/** A triggering conviction, as the rules see it. */
public record ConvictionFact(LocalDate relevantDate, Sentence sentence, Integer termMonths) {
}
