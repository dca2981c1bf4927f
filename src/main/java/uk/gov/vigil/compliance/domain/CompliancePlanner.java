package uk.gov.vigil.compliance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import uk.gov.vigil.compliance.ComplianceStatus;
import uk.gov.vigil.rules.Absence;
import uk.gov.vigil.rules.Deadline;
import uk.gov.vigil.rules.Jurisdiction;
import uk.gov.vigil.rules.Outcome;
import uk.gov.vigil.rules.PeriodCase;
import uk.gov.vigil.rules.PeriodDecision;

/**
 * Turns an offender's facts and notifications into the requirement, the obligation that should be open now, and
 * the compliance status. Pure: the caller supplies today's date and the instant; nothing is read or stored here.
 */
public final class CompliancePlanner {

    /** Within this many days of the last day, an obligation is "due soon". */
    public static final int DUE_SOON_DAYS = 7;

    private CompliancePlanner() {
    }

    /**
     * The requirement lasts as long as the longest period any of the offender's convictions gives. A conviction
     * the rules cannot decide makes the whole requirement a matter for manual review.
     */
    public static Requirement requirement(Jurisdiction rules, OffenderFacts facts, Instant now) {
        List<PeriodCase> cases = facts.convictions().stream()
                .map(c -> new PeriodCase(facts.dateOfBirth(), c.relevantDate(), c.sentence(), c.termMonths(), List.of()))
                .toList();
        List<PeriodDecision> decisions = cases.stream().map(rules::notificationPeriod).toList();
        PeriodDecision decisive = decisions.stream().filter(d -> d.outcome() == Outcome.MANUAL_REVIEW).findFirst()
                .or(() -> decisions.stream().filter(PeriodDecision::indefinite).findFirst())
                .orElseGet(() -> decisions.stream().max(Comparator.comparing(PeriodDecision::lastDay)).orElseThrow());
        return new Requirement(facts.offenderId(), rules.code(), decisive, cases, now);
    }

    /**
     * The obligation that should be open: the initial notification if none has been made since the latest
     * conviction, otherwise the next periodic one. None once the requirement has ended, or if it ends before the
     * next deadline.
     */
    public static Optional<PlannedObligation> nextObligation(Jurisdiction rules, OffenderFacts facts,
            Requirement requirement, List<? extends NotificationFacts> notifications, LocalDate today) {
        return nextObligation(rules, facts, requirement, notifications, today, null);
    }

    /**
     * As {@link #nextObligation(Jurisdiction, OffenderFacts, Requirement, List, LocalDate)}, for an offender who has
     * just come back from an absence the record no longer shows: the deadline then runs from the return.
     *
     * @param returned the absence just ended, with the day of return as its end; null if none
     */
    public static Optional<PlannedObligation> nextObligation(Jurisdiction rules, OffenderFacts facts,
            Requirement requirement, List<? extends NotificationFacts> notifications, LocalDate today,
            Absence returned) {
        if (facts.recordClosed() || requirement.hasEndedBy(today)) {
            return Optional.empty();
        }
        LocalDate cycleStart = facts.latestConviction().relevantDate();
        Optional<LocalDate> lastNotification = effective(notifications).stream()
                .filter(n -> n.type().restartsPeriodicClock())
                .map(n -> n.receivedOn(rules.zone()))
                .filter(day -> !day.isBefore(cycleStart))
                .max(Comparator.naturalOrder());
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("jurisdiction", rules.code());
        inputs.put("relevantDate", cycleStart.toString());
        inputs.put("absence", facts.absence() == null ? null : facts.absence().name());
        ObligationKind kind;
        Deadline deadline;
        if (returned != null) {
            inputs.put("returnedFrom", returned.kind().name());
            inputs.put("returnedOn", returned.to().toString());
        }
        if (lastNotification.isEmpty()) {
            kind = ObligationKind.INITIAL;
            deadline = facts.absence() != null
                    ? Deadline.suspended("s.83(1), (6) SOA 2003", "Due within 3 days beginning with the return from "
                            + facts.absence().name().toLowerCase())
                    : rules.initialNotification(cycleStart, returned == null ? null : returned.to());
        } else {
            kind = ObligationKind.PERIODIC;
            inputs.put("lastNotification", lastNotification.get().toString());
            inputs.put("noFixedAbode", facts.noFixedAbode());
            List<Absence> absences = facts.absence() != null
                    ? List.of(new Absence(facts.absence(), lastNotification.get(), null))
                    : returned != null ? List.of(returned) : List.of();
            deadline = rules.periodicNotification(lastNotification.get(), facts.noFixedAbode(), absences);
        }
        PeriodDecision period = requirement.decision();
        if (!deadline.suspended() && period.outcome() == Outcome.DETERMINED && !period.indefinite()
                && period.lastDay().isBefore(deadline.lastDay())) {
            return Optional.empty();
        }
        return Optional.of(new PlannedObligation(kind, deadline, inputs));
    }

    /**
     * s.91A-91F SOA 2003: when an indefinite requirement first qualifies for review, counted from the first
     * notification since the conviction that made it indefinite. Empty for a finite or undecided requirement, or
     * before that first notification. Sexual harm prevention orders are not yet recorded, so none is assumed.
     */
    public static Optional<LocalDate> reviewQualifyingDate(Jurisdiction rules, Requirement requirement,
            List<? extends NotificationFacts> notifications) {
        if (requirement.decision().outcome() != Outcome.DETERMINED || !requirement.decision().indefinite()) {
            return Optional.empty();
        }
        Optional<PeriodCase> indefinite = requirement.inputs().stream()
                .filter(c -> rules.notificationPeriod(c).indefinite()).findFirst();
        if (indefinite.isEmpty()) {
            return Optional.empty();
        }
        PeriodCase decisive = indefinite.get();
        Optional<LocalDate> first = effective(notifications).stream()
                .filter(n -> n.type().restartsPeriodicClock())
                .map(n -> n.receivedOn(rules.zone()))
                .filter(day -> !day.isBefore(decisive.relevantDate()))
                .min(Comparator.naturalOrder());
        boolean under18 = Period.between(decisive.dateOfBirth(), decisive.relevantDate()).getYears() < 18;
        return first.flatMap(day -> rules.indefiniteReviewQualifyingDate(day, under18, false));
    }

    /** Where the offender stands, given the requirement and the latest obligation that has not been cancelled. */
    public static ComplianceStatus status(Requirement requirement, Optional<Obligation> current, Instant now,
            LocalDate today) {
        if (requirement.decision().outcome() == Outcome.DETERMINED && requirement.hasEndedBy(today)) {
            return ComplianceStatus.EXPIRED;
        }
        if (current.isPresent() && current.get().isOverdueAt(now)) {
            return ComplianceStatus.OVERDUE;
        }
        if (requirement.decision().outcome() == Outcome.MANUAL_REVIEW) {
            return ComplianceStatus.MANUAL_REVIEW;
        }
        if (current.isPresent() && current.get().state() == ObligationState.SUSPENDED) {
            return ComplianceStatus.SUSPENDED;
        }
        if (current.isPresent() && current.get().state() == ObligationState.OPEN
                && !current.get().lastDay().isAfter(today.plusDays(DUE_SOON_DAYS))) {
            return ComplianceStatus.DUE_SOON;
        }
        return ComplianceStatus.COMPLIANT;
    }

    /** The instant a deadline passes: the start of the day after the last day, in the jurisdiction's zone. */
    public static Instant deadlinePassesAt(LocalDate lastDay, ZoneId zone) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The notifications that stand: those not replaced by a correction. */
    public static <T extends NotificationFacts> List<T> effective(List<T> notifications) {
        Set<UUID> corrected = notifications.stream().map(NotificationFacts::corrects).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return notifications.stream().filter(n -> !corrected.contains(n.id())).toList();
    }
}
