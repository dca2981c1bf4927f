package uk.gov.vigil.risk.domain;

import java.time.LocalDate;

/**
 * What the priority score reads about one offender, as of one day.
 *
 * @param level                 the latest assessment's level; null when never assessed
 * @param noFixedAbode          the current main residence is "no fixed abode"
 * @param addressChanges        addresses that began in the last 12 months
 * @param lateNotifications     notifications made late in the last 12 months
 * @param missedNotifications   notifications missed in the last 12 months, or missed and still not made
 * @param lastVisitOutcome      the latest home visit's outcome; null when never visited
 * @param lastVisitedOn         the latest home visit's date; null when never visited
 * @param lastSeenOn            the last day the offender was seen: at a completed visit or making a notification
 * @param openWhereaboutsCase   a whereabouts case is open
 */
public record PrioritySignals(LocalDate asOf, RiskLevel level, boolean noFixedAbode, int addressChanges,
        int lateNotifications, int missedNotifications, VisitOutcome lastVisitOutcome, LocalDate lastVisitedOn,
        LocalDate lastSeenOn, boolean openWhereaboutsCase) {
}
