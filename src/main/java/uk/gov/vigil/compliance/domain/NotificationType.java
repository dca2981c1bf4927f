package uk.gov.vigil.compliance.domain;

/** The kinds of notification an offender makes, each under its own provision. */
public enum NotificationType {
    /** s.83 SOA 2003: the first notification after conviction, or after release. */
    INITIAL(true),
    /** s.84 SOA 2003: a new name, a new home address, release, or a qualifying stay elsewhere. */
    CHANGE(true),
    /** s.85 SOA 2003: the periodic (annual, or weekly with no fixed abode) notification. */
    PERIODIC(true),
    /** SI 2012/1876: foreign travel, at least 7 days before departure. */
    TRAVEL(false),
    /** SI 2012/1876: a change to notified travel, at least 24 hours before departure. */
    TRAVEL_CHANGE(false),
    /** SI 2012/1876: living or staying 12 hours or more in a household with a child under 18. */
    HOUSEHOLD_WITH_CHILD(false);

    private final boolean restartsPeriodicClock;

    NotificationType(boolean restartsPeriodicClock) {
        this.restartsPeriodicClock = restartsPeriodicClock;
    }

    /**
     * s.85(1) counts a year from the last notification under s.83, s.84 or s.85; the facts first required in 2012
     * do not restart it.
     */
    public boolean restartsPeriodicClock() {
        return restartsPeriodicClock;
    }

    /** Whether the notification is about something that happened (or will happen) on a date of its own. */
    public boolean needsEventDate() {
        return this == CHANGE || this == TRAVEL || this == TRAVEL_CHANGE || this == HOUSEHOLD_WITH_CHILD;
    }
}
