package uk.gov.vigil.risk.domain;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whom to see first. The risk level combined with the signs that an offender's life is unsettled, which are the
 * signs that come before going missing: no fixed abode, moving often, late or missed notifications, a visit that
 * did not find them, a long time unseen, an open whereabouts case. A pure rule; every point is explained.
 */
public final class PriorityRules {

    public static final String VERSION = "priority/1";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PriorityRules() {
    }

    public static Priority score(PrioritySignals s, PriorityWeights w) {
        List<Priority.Factor> factors = new ArrayList<>();
        if (s.openWhereaboutsCase()) {
            factors.add(new Priority.Factor("WHEREABOUTS_CASE", "A whereabouts case is open", w.openWhereaboutsCase()));
        }
        if (s.level() == null) {
            factors.add(new Priority.Factor("RISK", "No risk assessment recorded", w.notAssessed()));
        } else {
            factors.add(new Priority.Factor("RISK", s.level().label() + " risk of serious harm",
                    w.risk().get(s.level())));
        }
        if (s.noFixedAbode()) {
            factors.add(new Priority.Factor("NO_FIXED_ABODE", "No fixed abode", w.noFixedAbode()));
        }
        if (s.addressChanges() > 0) {
            factors.add(new Priority.Factor("ADDRESS_CHANGES", plural(s.addressChanges(), "address change")
                    + " in the last 12 months", Math.min(w.addressChangesMax(),
                            s.addressChanges() * w.perAddressChange())));
        }
        if (s.lateNotifications() > 0 || s.missedNotifications() > 0) {
            List<String> parts = new ArrayList<>();
            if (s.missedNotifications() > 0) {
                parts.add(plural(s.missedNotifications(), "missed notification"));
            }
            if (s.lateNotifications() > 0) {
                parts.add(plural(s.lateNotifications(), "late notification"));
            }
            int points = s.missedNotifications() * w.perMissedNotification()
                    + s.lateNotifications() * w.perLateNotification();
            factors.add(new Priority.Factor("NOTIFICATIONS", String.join(" and ", parts) + " in the last 12 months",
                    Math.min(w.notificationsMax(), points)));
        }
        if (s.lastVisitOutcome() != null && s.lastVisitOutcome().didNotFind()) {
            factors.add(new Priority.Factor("VISIT_DID_NOT_FIND", "The last home visit, on "
                    + DAY.format(s.lastVisitedOn()) + ", found: " + s.lastVisitOutcome().label().toLowerCase(Locale.ROOT),
                    w.visitDidNotFind()));
        }
        if (s.lastSeenOn() == null) {
            factors.add(new Priority.Factor("LAST_SEEN", "Not seen at a visit or a notification on record",
                    w.unseenMax()));
        } else {
            long days = ChronoUnit.DAYS.between(s.lastSeenOn(), s.asOf());
            long months = (days - w.lastSeenGraceDays()) / 30;
            if (days > w.lastSeenGraceDays() && months > 0) {
                factors.add(new Priority.Factor("LAST_SEEN", "Last seen " + days + " days ago, on "
                        + DAY.format(s.lastSeenOn()), (int) Math.min(w.unseenMax(), months * w.perMonthUnseen())));
            }
        }
        int score = factors.stream().mapToInt(Priority.Factor::points).sum();
        return new Priority(score, factors, VERSION);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
