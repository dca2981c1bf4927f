package uk.gov.vigil.whereabouts.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import uk.gov.vigil.offender.domain.IdentifierFormats;
import uk.gov.vigil.shared.ConflictException;
import uk.gov.vigil.shared.Ids;
import uk.gov.vigil.shared.Violations;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Circumstance;
import uk.gov.vigil.whereabouts.domain.CaseTerms.LocatedHow;
import uk.gov.vigil.whereabouts.domain.CaseTerms.OpeningReason;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Outcome;

/**
 * The search for one offender whose whereabouts are not known. Each step is a method that checks the move is
 * legal and its details complete, and returns the case as it stands afterwards; the caller records every step as
 * an event, so nothing is overwritten.
 *
 * @param agencyCode the force running the search
 */
public record WhereaboutsCase(UUID id, long version, UUID offenderId, String agencyCode, CaseState state,
        LocalDate openedOn, String openedBy, OpeningReason reason, UUID complianceCaseId, Unknown unknown,
        Wanted wanted, Located located, Closure closure, Instant updatedAt, String updatedBy) {

    /** Outcomes that fit a case closed without the offender being located. */
    static final Set<Outcome> WITHOUT_LOCATION = EnumSet.of(Outcome.DECEASED, Outcome.NOTIFICATION_PERIOD_ENDED);

    /**
     * @param since            the date whereabouts became unknown
     * @param lastKnownAddress the last address the offender is known to have lived at, as text
     * @param country          for {@link Circumstance#BELIEVED_ABROAD}, the ISO 3166 code of the country
     */
    public record Unknown(LocalDate since, String lastKnownAddress, Circumstance circumstance, String country) {
    }

    /**
     * @param pncCirculation      the reference of the PNC wanted/missing entry
     * @param internationalNotice the reference of an international notice, when believed abroad
     */
    public record Wanted(LocalDate warrantDate, String pncCirculation, String internationalNotice) {
    }

    /** @param byAgency the code of the agency that found the offender */
    public record Located(LocalDate on, String place, String byAgency, LocatedHow how) {
    }

    public record Closure(LocalDate on, Outcome outcome) {
    }

    public static WhereaboutsCase open(UUID offenderId, String agencyCode, OpeningReason reason,
            UUID complianceCaseId, LocalDate today, Instant now, String by) {
        Violations v = new Violations();
        v.require("reason", reason, "is required: one of " + List.of(OpeningReason.values()));
        if (reason == OpeningReason.MISSED_NOTIFICATION) {
            v.require("complianceCaseId", complianceCaseId, "is required when opening after a missed notification");
        } else if (reason != null && complianceCaseId != null) {
            v.add("complianceCaseId", "applies only when the case follows a missed notification");
        }
        v.throwIfAny();
        return new WhereaboutsCase(Ids.next(), 1, offenderId, agencyCode, CaseState.ENQUIRIES, today, by,
                reason, complianceCaseId, null, null, null, null, now, by);
    }

    /** Enquiries have failed: whereabouts unknown from {@code details.since}. */
    public WhereaboutsCase declareUnknown(Unknown details, LocalDate today, Instant now, String by) {
        move(CaseState.WHEREABOUTS_UNKNOWN);
        Violations v = new Violations();
        if (v.require("since", details.since(), "is required: the date whereabouts became unknown")
                && details.since().isAfter(today)) {
            v.add("since", "must not be in the future");
        }
        v.require("circumstance", details.circumstance(), "is required: one of " + List.of(Circumstance.values()));
        if (details.circumstance() == Circumstance.BELIEVED_ABROAD
                && v.require("country", details.country(), "is required when the offender is believed abroad")) {
            IdentifierFormats.checkCountryCode(details.country()).ifPresent(m -> v.add("country", m));
        } else if (details.circumstance() != Circumstance.BELIEVED_ABROAD && details.country() != null) {
            v.add("country", "applies only when the offender is believed abroad");
        }
        v.maxLength("lastKnownAddress", details.lastKnownAddress(), 300);
        v.throwIfAny();
        return with(CaseState.WHEREABOUTS_UNKNOWN, details, wanted, located, closure, now, by);
    }

    /** A warrant has been issued and the offender circulated as wanted. */
    public WhereaboutsCase markWanted(Wanted details, LocalDate today, Instant now, String by) {
        move(CaseState.WANTED);
        Violations v = new Violations();
        if (v.require("warrantDate", details.warrantDate(), "is required")) {
            if (details.warrantDate().isAfter(today)) {
                v.add("warrantDate", "must not be in the future");
            } else if (details.warrantDate().isBefore(unknown.since())) {
                v.add("warrantDate", "must not be before whereabouts became unknown on " + unknown.since());
            }
        }
        v.require("pncCirculation", details.pncCirculation(), "is required: the PNC wanted/missing entry");
        v.maxLength("pncCirculation", details.pncCirculation(), 40);
        if (unknown.circumstance() == Circumstance.BELIEVED_ABROAD) {
            v.require("internationalNotice", details.internationalNotice(),
                    "is required when the offender is believed abroad");
        }
        v.maxLength("internationalNotice", details.internationalNotice(), 40);
        v.throwIfAny();
        return with(CaseState.WANTED, unknown, details, located, closure, now, by);
    }

    /** The offender has been found. */
    public WhereaboutsCase locate(Located details, LocalDate today, Instant now, String by) {
        move(CaseState.LOCATED);
        Violations v = new Violations();
        if (v.require("on", details.on(), "is required")) {
            if (details.on().isAfter(today)) {
                v.add("on", "must not be in the future");
            } else if (unknown != null && details.on().isBefore(unknown.since())) {
                v.add("on", "must not be before whereabouts became unknown on " + unknown.since());
            }
        }
        v.require("place", details.place(), "is required");
        v.maxLength("place", details.place(), 200);
        v.require("byAgency", details.byAgency(), "is required: the code of the agency that found the offender");
        v.require("how", details.how(), "is required: one of " + List.of(LocatedHow.values()));
        v.throwIfAny();
        return with(CaseState.LOCATED, unknown, wanted, details, closure, now, by);
    }

    /** The case ends. Without a location it can end only because the offender died or the period ended. */
    public WhereaboutsCase close(Closure details, LocalDate today, Instant now, String by) {
        move(CaseState.CLOSED);
        Violations v = new Violations();
        if (v.require("on", details.on(), "is required") && details.on().isAfter(today)) {
            v.add("on", "must not be in the future");
        } else if (details.on() != null && located != null && details.on().isBefore(located.on())) {
            v.add("on", "must not be before the offender was located on " + located.on());
        }
        if (v.require("outcome", details.outcome(), "is required: one of " + List.of(Outcome.values()))) {
            boolean allowed = state == CaseState.LOCATED
                    || WITHOUT_LOCATION.contains(details.outcome())
                    || (state == CaseState.ENQUIRIES && details.outcome() == Outcome.COMPLIED);
            if (!allowed) {
                v.add("outcome", details.outcome() + " needs the offender to be located first; a case in "
                        + state + " can close only as " + (state == CaseState.ENQUIRIES ? "COMPLIED, " : "")
                        + WITHOUT_LOCATION);
            }
        }
        v.throwIfAny();
        return with(CaseState.CLOSED, unknown, wanted, located, details, now, by);
    }

    /** Enquiries can be recorded while the search is on. */
    public void checkEnquiriesAllowed() {
        if (!state.isSearching()) {
            throw new ConflictException("Enquiries cannot be recorded on a case that is " + state);
        }
    }

    /**
     * Whether the case counts as "whereabouts unknown" on a date: unknown on or before it, and neither located nor
     * closed by it.
     */
    public boolean unknownOn(LocalDate date) {
        if (unknown == null || unknown.since().isAfter(date)) {
            return false;
        }
        LocalDate ended = endedOn();
        return ended == null || ended.isAfter(date);
    }

    /** The day the search ended: when the offender was located, or when the case closed without that. */
    public LocalDate endedOn() {
        if (located != null) {
            return located.on();
        }
        return closure == null ? null : closure.on();
    }

    private void move(CaseState to) {
        if (!state.canMoveTo(to)) {
            throw new ConflictException("A case that is " + state + " cannot move to " + to + "; from " + state
                    + " it can move to " + (state.next().isEmpty() ? "nothing: it is finished" : state.next()));
        }
    }

    private WhereaboutsCase with(CaseState newState, Unknown u, Wanted w, Located l, Closure c, Instant now,
            String by) {
        return new WhereaboutsCase(id, version, offenderId, agencyCode, newState, openedOn, openedBy, reason,
                complianceCaseId, u, w, l, c, now, by);
    }
}
