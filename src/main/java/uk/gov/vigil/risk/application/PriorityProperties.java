package uk.gov.vigil.risk.application;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import uk.gov.vigil.risk.domain.PriorityWeights;
import uk.gov.vigil.risk.domain.RiskLevel;
import uk.gov.vigil.risk.domain.VisitPolicy;

/**
 * Configuration of risk management: the priority weights ({@code vigil.priority.*}), the visit interval per risk
 * level ({@code vigil.visits.*}), the caseload target and how far ahead "due soon" looks. Every default is the
 * one {@code docs/rules.md} documents.
 */
@ConfigurationProperties("vigil.risk")
public record PriorityProperties(Weights priority, Visits visits, Integer caseloadTarget, Integer dueWithinDays) {

    public record Weights(Integer veryHigh, Integer high, Integer medium, Integer low, Integer notAssessed,
            Integer noFixedAbode, Integer perAddressChange, Integer addressChangesMax, Integer perLateNotification,
            Integer perMissedNotification, Integer notificationsMax, Integer visitDidNotFind,
            Integer lastSeenGraceDays, Integer perMonthUnseen, Integer unseenMax, Integer openWhereaboutsCase) {
    }

    public record Visits(Period veryHigh, Period high, Period medium, Period low) {
    }

    public PriorityWeights weights() {
        PriorityWeights d = PriorityWeights.DEFAULTS;
        Weights w = priority == null ? new Weights(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null) : priority;
        Map<RiskLevel, Integer> risk = new EnumMap<>(RiskLevel.class);
        risk.put(RiskLevel.VERY_HIGH, or(w.veryHigh(), d.risk().get(RiskLevel.VERY_HIGH)));
        risk.put(RiskLevel.HIGH, or(w.high(), d.risk().get(RiskLevel.HIGH)));
        risk.put(RiskLevel.MEDIUM, or(w.medium(), d.risk().get(RiskLevel.MEDIUM)));
        risk.put(RiskLevel.LOW, or(w.low(), d.risk().get(RiskLevel.LOW)));
        return new PriorityWeights(risk, or(w.notAssessed(), d.notAssessed()), or(w.noFixedAbode(), d.noFixedAbode()),
                or(w.perAddressChange(), d.perAddressChange()), or(w.addressChangesMax(), d.addressChangesMax()),
                or(w.perLateNotification(), d.perLateNotification()),
                or(w.perMissedNotification(), d.perMissedNotification()),
                or(w.notificationsMax(), d.notificationsMax()), or(w.visitDidNotFind(), d.visitDidNotFind()),
                or(w.lastSeenGraceDays(), d.lastSeenGraceDays()), or(w.perMonthUnseen(), d.perMonthUnseen()),
                or(w.unseenMax(), d.unseenMax()), or(w.openWhereaboutsCase(), d.openWhereaboutsCase()));
    }

    public VisitPolicy visitPolicy() {
        VisitPolicy d = VisitPolicy.NPCC_2017;
        Visits v = visits == null ? new Visits(null, null, null, null) : visits;
        return new VisitPolicy(Map.of(RiskLevel.VERY_HIGH, or(v.veryHigh(), d.interval(RiskLevel.VERY_HIGH)),
                RiskLevel.HIGH, or(v.high(), d.interval(RiskLevel.HIGH)),
                RiskLevel.MEDIUM, or(v.medium(), d.interval(RiskLevel.MEDIUM)),
                RiskLevel.LOW, or(v.low(), d.interval(RiskLevel.LOW))));
    }

    /** Offenders per manager the caseload view compares against; 50 by default. */
    public int target() {
        return or(caseloadTarget, 50);
    }

    /** How many days ahead visits, reviews and actions count as due soon; 14 by default. */
    public int soonDays() {
        return or(dueWithinDays, 14);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
