package uk.gov.vigil.risk.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When the next home visit is due. A pure rule: the same inputs always give the same answer, and the answer says
 * why. Stored with {@link #VERSION} and its inputs whenever an assessment, a visit or reactive management changes.
 */
public final class VisitSchedule {

    public static final String VERSION = "visits/1";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * @param inCommunity        false while the offender is in custody, in hospital or abroad
     * @param status             the record's status, for the explanation when not in the community
     * @param level              the current risk level; null when never assessed
     * @param levelSince         when the current level began (first assessment of the unbroken run)
     * @param previousLevel      the level before, or null
     * @param firstAssessed      the first assessment ever recorded
     * @param lastCompletedVisit the last visit at which the offender was seen or the address verified, or null
     * @param reactiveSince      when reactive management began, or null when not under it
     */
    public record Inputs(boolean inCommunity, String status, RiskLevel level, LocalDate levelSince,
            RiskLevel previousLevel, LocalDate firstAssessed, LocalDate lastCompletedVisit, LocalDate reactiveSince) {
    }

    private VisitSchedule() {
    }

    public static VisitDue next(Inputs in, VisitPolicy policy) {
        if (!in.inCommunity()) {
            return new VisitDue(VisitDue.Kind.NOT_REQUIRED, null,
                    "No home visits while the record's status is " + in.status().toLowerCase(Locale.ROOT)
                            .replace('_', ' '));
        }
        if (in.level() == null) {
            return new VisitDue(VisitDue.Kind.NEEDS_REVIEW, null,
                    "No risk assessment is recorded, so no visit interval can be set: record an assessment");
        }
        if (in.reactiveSince() != null) {
            return new VisitDue(VisitDue.Kind.REACTIVE, null, "Under reactive management since "
                    + DAY.format(in.reactiveSince()) + ": no routine visits; the notification duty is unchanged");
        }
        boolean visited = in.lastCompletedVisit() != null;
        LocalDate base = visited ? in.lastCompletedVisit() : in.firstAssessed();
        String from = visited ? "last completed visit on " + DAY.format(base) : "no completed visit yet; first "
                + "assessed on " + DAY.format(base);
        LocalDate byLevel = base.plus(policy.interval(in.level()));
        String rule = in.level().label() + " risk: visit " + policy.describe(in.level());
        RiskLevel before = in.previousLevel();
        boolean raisedSinceBase = before != null && in.levelSince().isAfter(base)
                && in.levelSince().plus(policy.interval(in.level()))
                        .isBefore(in.levelSince().plus(policy.interval(before)));
        if (raisedSinceBase) {
            // A shorter interval runs from the day of the change, not from the last visit (which would make the
            // visit overdue the moment the level rose), unless the earlier schedule already fell due sooner.
            String change = "Risk raised from " + before.label().toLowerCase(Locale.ROOT) + " to "
                    + in.level().label().toLowerCase(Locale.ROOT) + " on " + DAY.format(in.levelSince()) + "; ";
            LocalDate byNewLevel = in.levelSince().plus(policy.interval(in.level()));
            LocalDate byOldLevel = base.plus(policy.interval(before));
            if (byOldLevel.isBefore(byNewLevel)) {
                return new VisitDue(VisitDue.Kind.SCHEDULED, byOldLevel, change + "the visit due under the earlier "
                        + "level comes first (" + from + ")");
            }
            return new VisitDue(VisitDue.Kind.SCHEDULED, byNewLevel, change + rule + ", counted from the change");
        }
        return new VisitDue(VisitDue.Kind.SCHEDULED, byLevel, rule + "; " + from);
    }
}
