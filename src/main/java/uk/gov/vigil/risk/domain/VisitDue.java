package uk.gov.vigil.risk.domain;

import java.time.LocalDate;

/**
 * When the next home visit is due, and why. Only {@link Kind#SCHEDULED} has a date.
 *
 * @param dueOn the last day by which the visit should happen
 */
public record VisitDue(Kind kind, LocalDate dueOn, String explanation) {

    public enum Kind {
        /** A visit is due by {@code dueOn}. */
        SCHEDULED,
        /** Under reactive management: no routine visits. */
        REACTIVE,
        /** Not in the community (in custody, in hospital, abroad), so not visited at home. */
        NOT_REQUIRED,
        /** No schedule can be set until someone acts: no risk assessment is recorded. */
        NEEDS_REVIEW
    }

    public boolean overdue(LocalDate today) {
        return kind == Kind.SCHEDULED && dueOn.isBefore(today);
    }
}
