package uk.gov.vigil.compliance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.offender.domain.OffenderRules;
import uk.gov.vigil.shared.Violations;

/** What a notification must contain, by type. Violations name fields by their JSON path. */
public final class NotificationRules {

    private NotificationRules() {
    }

    public static Violations check(NotificationType type, Instant receivedAt, String policeStation,
            LocalDate eventDate, NotifiedChanges changes, Instant now) {
        Violations v = new Violations();
        v.require("type", type, "is required: one of " + List.of(NotificationType.values()));
        if (v.require("receivedAt", receivedAt, "is required: when the offender made the notification")
                && receivedAt.isAfter(now)) {
            v.add("receivedAt", "must not be in the future");
        }
        v.require("policeStation", policeStation, "is required");
        v.maxLength("policeStation", policeStation, 120);
        if (type == null) {
            return v;
        }
        if (type.needsEventDate() && type != NotificationType.TRAVEL) {
            v.require("eventDate", eventDate, "is required for " + type + ": " + eventDateMeaning(type));
        }
        if (changes.newName() != null) {
            OffenderRules.name(v, "changes.newName", changes.newName());
        }
        if (changes.newAddress() != null) {
            OffenderRules.checkAddress(v, "changes.newAddress", changes.newAddress());
        }
        switch (type) {
            case CHANGE -> {
                if (!changes.changesNameOrAddress() && !changes.releasedFromDetention()) {
                    v.add("changes", "must give a new name, a new address, or release from detention");
                }
            }
            case TRAVEL, TRAVEL_CHANGE -> travel(v, changes.travel());
            case HOUSEHOLD_WITH_CHILD -> {
                if (v.require("changes.household", changes.household(), "is required for " + type)) {
                    v.require("changes.household.address", changes.household().address(), "is required");
                    v.maxLength("changes.household.address", changes.household().address(), 300);
                    v.maxLength("changes.household.intendedPeriod", changes.household().intendedPeriod(), 200);
                }
            }
            default -> {
            }
        }
        return v;
    }

    private static void travel(Violations v, NotifiedChanges.Travel travel) {
        if (!v.require("changes.travel", travel, "is required for travel")) {
            return;
        }
        if (v.require("changes.travel.destinationCountry", travel.destinationCountry(), "is required")) {
            IdentifierFormats.checkCountryCode(travel.destinationCountry())
                    .ifPresent(m -> v.add("changes.travel.destinationCountry", m));
        }
        if (v.require("changes.travel.departureDate", travel.departureDate(), "is required")
                && travel.returnDate() != null && travel.returnDate().isBefore(travel.departureDate())) {
            v.add("changes.travel.returnDate", "must not be before the departure date");
        }
    }

    private static String eventDateMeaning(NotificationType type) {
        return switch (type) {
            case CHANGE -> "the date of the change";
            case TRAVEL_CHANGE -> "the departure date";
            case HOUSEHOLD_WITH_CHILD -> "the date the stay began";
            default -> "the date of the event";
        };
    }
}
