package uk.gov.vigil.risk.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether an offender may be moved to reactive management (NPCC, June 2017): assessed low risk, unbroken, for 3
 * years or more. Vigil adds two guards a supervisor would apply anyway: not while a whereabouts case is open, and
 * not when a notification was missed in the last 12 months or is still outstanding. The notification duty is unchanged either way.
 */
public final class ReactiveEligibility {

    public static final String SOURCE = "NPCC reactive management (2017)";
    public static final Period STABLE_FOR = Period.ofYears(3);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** @param reasons why not; empty when eligible */
    public record Result(boolean eligible, List<String> reasons) {
    }

    private ReactiveEligibility() {
    }

    public static Result check(RiskHistory history, boolean openWhereaboutsCase, boolean missedNotification,
            LocalDate today) {
        List<String> reasons = new ArrayList<>();
        if (history.level().isEmpty()) {
            reasons.add("no risk assessment is recorded");
        } else if (history.level().get() != RiskLevel.LOW) {
            reasons.add("the current risk level is " + history.level().get().label().toLowerCase(Locale.ROOT)
                    + ", not low");
        } else {
            LocalDate since = history.levelSince().orElseThrow();
            LocalDate eligibleFrom = since.plus(STABLE_FOR);
            if (eligibleFrom.isAfter(today)) {
                reasons.add("low risk only since " + DAY.format(since) + "; eligible from " + DAY.format(eligibleFrom));
            }
        }
        if (openWhereaboutsCase) {
            reasons.add("a whereabouts case is open");
        }
        if (missedNotification) {
            reasons.add("a notification was missed in the last 12 months or is still outstanding");
        }
        return new Result(reasons.isEmpty(), List.copyOf(reasons));
    }
}
