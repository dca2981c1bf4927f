package uk.gov.vigil.work;

import org.springframework.stereotype.Component;

import uk.gov.vigil.compliance.domain.NotificationType;

/** How the pages name each kind of notification and the provision it is made under. */
@Component
public class NotificationWords {

    public String title(NotificationType type) {
        return switch (type) {
            case PERIODIC -> "Periodic";
            case INITIAL -> "Initial";
            case CHANGE -> "Change of name or address, or release";
            case TRAVEL -> "Foreign travel";
            case TRAVEL_CHANGE -> "Change to notified travel";
            case HOUSEHOLD_WITH_CHILD -> "Staying in a household with a child";
        };
    }

    public String hint(NotificationType type) {
        return switch (type) {
            case PERIODIC -> "Once a year, or every 7 days with no fixed abode (s.85 SOA 2003)";
            case INITIAL -> "Within 3 days of conviction or release (s.83 SOA 2003)";
            case CHANGE -> "Within 3 days of the change (s.84 SOA 2003)";
            case TRAVEL -> "At least 7 days before leaving the UK (SI 2012/1876)";
            case TRAVEL_CHANGE -> "At least 24 hours before departure (SI 2012/1876)";
            case HOUSEHOLD_WITH_CHILD -> "Staying 12 hours or more where a child under 18 lives (SI 2012/1876)";
        };
    }

    /** The question the event date answers, for the kinds that have one. */
    public String eventQuestion(NotificationType type) {
        return switch (type) {
            case CHANGE -> "When did the change happen?";
            case TRAVEL, TRAVEL_CHANGE -> "When do they leave the UK?";
            case HOUSEHOLD_WITH_CHILD -> "When did the stay begin?";
            default -> null;
        };
    }
}
