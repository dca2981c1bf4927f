package uk.gov.vigil.risk.domain;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

/**
 * How often an offender at each risk level is visited at home. The default is the NPCC practice until 2017: very
 * high monthly, high every 3 months, medium every 6 months, low yearly. Forces may configure their own.
 */
public record VisitPolicy(Map<RiskLevel, Period> intervals) {

    public static final VisitPolicy NPCC_2017 = new VisitPolicy(Map.of(RiskLevel.VERY_HIGH, Period.ofMonths(1),
            RiskLevel.HIGH, Period.ofMonths(3), RiskLevel.MEDIUM, Period.ofMonths(6), RiskLevel.LOW, Period.ofYears(1)));

    public VisitPolicy {
        Map<RiskLevel, Period> copy = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            Period p = intervals.get(level);
            if (p == null || p.isZero() || p.isNegative()) {
                throw new IllegalArgumentException("The visit policy needs a positive interval for " + level);
            }
            copy.put(level, p);
        }
        intervals = Map.copyOf(copy);
    }

    public Period interval(RiskLevel level) {
        return intervals.get(level);
    }

    /** The interval in words, e.g. "every 3 months". */
    public String describe(RiskLevel level) {
        Period p = interval(level).normalized();
        if (p.getDays() == 0 && p.getMonths() == 0 && p.getYears() == 1) {
            return "yearly";
        }
        if (p.getDays() == 0 && p.getYears() == 0 && p.getMonths() == 1) {
            return "monthly";
        }
        if (p.getDays() == 0) {
            return "every " + p.toTotalMonths() + " months";
        }
        return "every " + p;
    }
}
