package uk.gov.vigil.risk.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a MAPPA or risk management plan action stands. Done and cancelled actions can be reopened. */
public enum ActionStatus {
    OPEN,
    DONE,
    CANCELLED;

    public Set<ActionStatus> next() {
        return this == OPEN ? EnumSet.of(DONE, CANCELLED) : EnumSet.of(OPEN);
    }

    public boolean canMoveTo(ActionStatus to) {
        return next().contains(to);
    }
}
