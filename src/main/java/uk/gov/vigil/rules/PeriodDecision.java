package uk.gov.vigil.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * How long the notification requirements last, and why.
 *
 * @param period   the length of a finite period; null when indefinite or undecided
 * @param lastDay  the last day of a finite period; null when indefinite or undecided
 * @param halved   whether s.82(2) (or its equivalent) halved the period
 * @param citation the provisions applied
 * @param reasons  the steps taken, or why the case needs a person to decide
 */
public record PeriodDecision(Outcome outcome, boolean indefinite, Period period, LocalDate lastDay, boolean halved,
        String citation, List<String> reasons, String ruleVersion) {

    public PeriodDecision {
        reasons = List.copyOf(reasons);
    }

    public static PeriodDecision manualReview(String citation, String reason, String ruleVersion) {
        return new PeriodDecision(Outcome.MANUAL_REVIEW, false, null, null, false, citation, List.of(reason),
                ruleVersion);
    }

    /** Whether the requirements have ended by {@code date}: false for indefinite or undecided periods. */
    public boolean hasEndedBy(LocalDate date) {
        return outcome == Outcome.DETERMINED && !indefinite && lastDay.isBefore(date);
    }
}
