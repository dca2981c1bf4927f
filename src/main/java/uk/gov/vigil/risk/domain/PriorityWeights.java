package uk.gov.vigil.risk.domain;

import java.util.Map;

/**
 * The points each signal adds to the priority score. Configuration ({@code vigil.priority.*}); the defaults are
 * documented in {@code docs/rules.md}.
 *
 * @param risk                   points for each level
 * @param notAssessed            points when no assessment is recorded: unknown risk is itself a concern
 * @param noFixedAbode           points for no fixed abode
 * @param perAddressChange       points per address begun in the last 12 months, up to {@code addressChangesMax}
 * @param perLateNotification    points per late notification in the last 12 months
 * @param perMissedNotification  points per missed notification; late and missed together up to
 *                               {@code notificationsMax}
 * @param visitDidNotFind        points when the latest visit did not find the offender
 * @param lastSeenGraceDays      days after the last sighting before time adds points
 * @param perMonthUnseen         points per full 30 days unseen beyond the grace, up to {@code unseenMax}
 * @param openWhereaboutsCase    points while a whereabouts case is open
 */
public record PriorityWeights(Map<RiskLevel, Integer> risk, int notAssessed, int noFixedAbode, int perAddressChange,
        int addressChangesMax, int perLateNotification, int perMissedNotification, int notificationsMax,
        int visitDidNotFind, int lastSeenGraceDays, int perMonthUnseen, int unseenMax, int openWhereaboutsCase) {

    public static final PriorityWeights DEFAULTS = new PriorityWeights(Map.of(RiskLevel.VERY_HIGH, 40,
            RiskLevel.HIGH, 30, RiskLevel.MEDIUM, 15, RiskLevel.LOW, 5), 25, 25, 5, 20, 5, 15, 30, 15, 90, 5, 25, 50);

    public PriorityWeights {
        for (RiskLevel level : RiskLevel.values()) {
            if (!risk.containsKey(level)) {
                throw new IllegalArgumentException("The priority weights need points for risk level " + level);
            }
        }
        risk = Map.copyOf(risk);
    }
}
