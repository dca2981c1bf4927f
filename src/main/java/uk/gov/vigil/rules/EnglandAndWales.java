package uk.gov.vigil.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The notification requirements of Part 2 of the Sexual Offences Act 2003 (SOA 2003) and the Sexual Offences Act
 * 2003 (Notification Requirements) (England and Wales) Regulations 2012 (SI 2012/1876).
 *
 * <p>Readings applied throughout (see {@code docs/rules.md}): "within the period of N days beginning with" day X
 * ends on X + N − 1; "N years beginning with" day D ends on the day before the Nth anniversary of D, and where the
 * anniversary month has no such day, on the day before the last day of that month; "within one year after" a
 * notification on day E ends on the anniversary of E. Age is in completed years; someone born on 29 February is
 * a year older on 1 March in a common year.
 */
public final class EnglandAndWales implements Jurisdiction {

    public static final String CODE = "england-wales";
    /** Changes whenever any rule here changes, so stored decisions say which rules made them. */
    public static final String RULE_VERSION = "england-wales/1";
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    /** Commencement of the Sex Offenders Act 1997; earlier relevant dates depend on transitional provisions. */
    static final LocalDate REGISTRATION_COMMENCED = LocalDate.of(1997, 9, 1);
    static final int INDEFINITE_FROM_MONTHS = 30;
    static final int SHORT_SENTENCE_MONTHS = 6;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public ZoneId zone() {
        return ZONE;
    }

    /** s.82(1)-(4) SOA 2003: how long the notification requirements last. */
    @Override
    public PeriodDecision notificationPeriod(PeriodCase facts) {
        String citation = "s.82(1) SOA 2003";
        if (facts.sentence() == null) {
            return PeriodDecision.manualReview(citation, "The disposal is not known", RULE_VERSION);
        }
        if (facts.relevantDate().isBefore(REGISTRATION_COMMENCED)) {
            return PeriodDecision.manualReview(citation, "The relevant date " + facts.relevantDate()
                    + " is before 1 September 1997, when registration began; whether and how Part 2 applies"
                    + " depends on transitional provisions", RULE_VERSION);
        }
        List<String> reasons = new ArrayList<>();
        Integer months = facts.termMonths();
        if (!facts.terms().isEmpty()) {
            if (facts.sentence() != Sentence.IMPRISONMENT) {
                return PeriodDecision.manualReview(citation, "Several terms were given but the disposal is "
                        + facts.sentence() + ", not imprisonment", RULE_VERSION);
            }
            Optional<Integer> combined = combinedTermMonths(facts.terms(), reasons);
            if (combined.isEmpty()) {
                return PeriodDecision.manualReview("s.82(3)-(4) SOA 2003", reasons.get(reasons.size() - 1),
                        RULE_VERSION);
            }
            months = combined.get();
            citation = "s.82(1), (3)-(4) SOA 2003";
        } else if ((facts.sentence() == Sentence.IMPRISONMENT || facts.sentence() == Sentence.CONDITIONAL_DISCHARGE)
                && (months == null || months <= 0)) {
            return PeriodDecision.manualReview(citation, "The length of the " + describe(facts.sentence())
                    + " is not known", RULE_VERSION);
        }

        Optional<Period> base = basePeriod(facts.sentence(), months, reasons);
        if (base.isEmpty()) {
            return new PeriodDecision(Outcome.DETERMINED, true, null, null, false, citation, reasons, RULE_VERSION);
        }
        Period period = base.get();
        boolean halved = false;
        if (facts.sentence() != Sentence.CONDITIONAL_DISCHARGE && isUnder18On(facts.dateOfBirth(),
                facts.relevantDate())) {
            period = halve(period);
            halved = true;
            citation += "; s.82(2)";
            reasons.add("Under 18 on the relevant date: the period is halved to " + period);
        }
        LocalDate lastDay = lastDayOfPeriodBeginningWith(facts.relevantDate(), period);
        reasons.add("The period begins with " + facts.relevantDate() + " and its last day is " + lastDay);
        return new PeriodDecision(Outcome.DETERMINED, false, period, lastDay, halved, citation, reasons,
                RULE_VERSION);
    }

    /**
     * s.82(1) SOA 2003, the table: the period for a disposal, or empty for an indefinite period.
     *
     * @param months the (combined) term of imprisonment, or the length of a conditional discharge
     */
    static Optional<Period> basePeriod(Sentence sentence, Integer months, List<String> reasons) {
        switch (sentence) {
            case LIFE_IMPRISONMENT, IMPRISONMENT_FOR_PUBLIC_PROTECTION, HOSPITAL_ORDER_WITH_RESTRICTION -> {
                reasons.add(describe(sentence) + ": an indefinite period");
                return Optional.empty();
            }
            case IMPRISONMENT -> {
                if (months >= INDEFINITE_FROM_MONTHS) {
                    reasons.add("Imprisonment for " + months + " months (30 months or more): an indefinite period");
                    return Optional.empty();
                }
                if (months > SHORT_SENTENCE_MONTHS) {
                    reasons.add("Imprisonment for " + months + " months (more than 6, less than 30): 10 years");
                    return Optional.of(Period.ofYears(10));
                }
                reasons.add("Imprisonment for " + months + " months (6 months or less): 7 years");
                return Optional.of(Period.ofYears(7));
            }
            case HOSPITAL_ORDER -> {
                reasons.add("A hospital order without a restriction order: 7 years");
                return Optional.of(Period.ofYears(7));
            }
            case CAUTION -> {
                reasons.add("A caution: 2 years");
                return Optional.of(Period.ofYears(2));
            }
            case CONDITIONAL_DISCHARGE -> {
                Period discharge = Period.ofMonths(months).normalized();
                reasons.add("A conditional discharge: the period of the discharge, " + discharge);
                return Optional.of(discharge);
            }
            default -> {
                reasons.add("Any other disposal: 5 years");
                return Optional.of(Period.ofYears(5));
            }
        }
    }

    /** s.82(2) SOA 2003: a finite period is halved for someone under 18 on the relevant date. */
    static Period halve(Period period) {
        return Period.ofMonths((int) (period.toTotalMonths() / 2)).normalized();
    }

    /**
     * s.82(3)-(4) SOA 2003: several terms count as one term of their combined length. Consecutive terms add up;
     * partly concurrent terms X and Y overlapping by Z count as X + Y − Z; wholly concurrent terms count as the
     * longest. That is the length of the union of the terms. Terms separated by a gap are neither consecutive nor
     * concurrent, and go to manual review.
     */
    static Optional<Integer> combinedTermMonths(List<Term> terms, List<String> reasons) {
        List<Term> ordered = terms.stream().sorted(Comparator.comparingInt(Term::startMonth)).toList();
        for (Term term : ordered) {
            if (term.months() <= 0 || term.startMonth() < 0) {
                reasons.add("Every term needs a start of 0 or more and a length of at least one month");
                return Optional.empty();
            }
        }
        int total = 0;
        int coveredTo = ordered.get(0).startMonth();
        int overlap = 0;
        for (Term term : ordered) {
            if (term.startMonth() > coveredTo) {
                reasons.add("A term starting at month " + term.startMonth() + " begins after the earlier terms end"
                        + " (month " + coveredTo + "): the terms are neither consecutive nor concurrent");
                return Optional.empty();
            }
            int newEnd = Math.max(coveredTo, term.endMonth());
            overlap += Math.min(coveredTo, term.endMonth()) - term.startMonth();
            total += newEnd - coveredTo;
            coveredTo = newEnd;
        }
        reasons.add(ordered.size() + " terms " + (overlap == 0 ? "served consecutively count as their aggregate"
                : "overlapping by " + overlap + " months in all count as their combined length") + ", " + total
                + " months");
        return Optional.of(total);
    }

    /** Age in completed years on a date. */
    static boolean isUnder18On(LocalDate dateOfBirth, LocalDate date) {
        return Period.between(dateOfBirth, date).getYears() < 18;
    }

    /** "A period of N beginning with" day D: its last day is the day before D + N. */
    static LocalDate lastDayOfPeriodBeginningWith(LocalDate start, Period period) {
        return start.plus(period).minusDays(1);
    }

    /** "Within the period of N days beginning with" day X: the last day is X + N − 1. */
    static LocalDate lastDayWithinDaysBeginningWith(LocalDate start, int days) {
        return start.plusDays(days - 1L);
    }

    /** s.83(1), (6) SOA 2003: within 3 days beginning with the relevant date, or with release if then detained. */
    @Override
    public Deadline initialNotification(LocalDate relevantDate, LocalDate releasedOn) {
        if (releasedOn != null && releasedOn.isAfter(relevantDate)) {
            return Deadline.on(lastDayWithinDaysBeginningWith(releasedOn, 3), "s.83(1), (6) SOA 2003",
                    "Within 3 days beginning with release on " + releasedOn);
        }
        return Deadline.on(lastDayWithinDaysBeginningWith(relevantDate, 3), "s.83(1) SOA 2003",
                "Within 3 days beginning with the relevant date " + relevantDate);
    }

    /** s.84(1) SOA 2003: within 3 days beginning with the change. */
    @Override
    public Deadline changeNotification(LocalDate eventDate) {
        return Deadline.on(lastDayWithinDaysBeginningWith(eventDate, 3), "s.84(1) SOA 2003",
                "Within 3 days beginning with the change on " + eventDate);
    }

    /**
     * s.85(1) SOA 2003: within one year after the last notification; weekly while the offender has no sole or main
     * residence (SI 2012/1876). s.85(3)-(4): a deadline that falls while the offender is in custody, in hospital
     * or abroad moves to 3 days beginning with the day of return.
     */
    @Override
    public Deadline periodicNotification(LocalDate lastNotification, boolean noFixedAbode, List<Absence> absences) {
        LocalDate due = noFixedAbode ? lastNotification.plusDays(7) : lastNotification.plusYears(1);
        String citation = noFixedAbode ? "s.85(1) SOA 2003; weekly under SI 2012/1876" : "s.85(1) SOA 2003";
        String explanation = (noFixedAbode ? "Weekly, with no sole or main residence: 7 days" : "One year")
                + " after the last notification on " + lastNotification;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Absence absence : absences) {
                if (absence.covers(due)) {
                    if (absence.to() == null) {
                        return Deadline.suspended(citation + "; s.85(3)-(4)", explanation + ", suspended: "
                                + absence.kind().name().toLowerCase() + " since " + absence.from());
                    }
                    due = lastDayWithinDaysBeginningWith(absence.to(), 3);
                    explanation += "; the deadline fell during " + absence.kind().name().toLowerCase()
                            + " from " + absence.from() + ", so it is 3 days beginning with the return on "
                            + absence.to();
                    citation = citation.contains("s.85(3)") ? citation : citation + "; s.85(3)-(4)";
                    moved = true;
                }
            }
        }
        return Deadline.on(due, citation, explanation);
    }

    /**
     * s.91A-91F SOA 2003: an indefinite requirement may be reviewed from the day after the end of the 15-year
     * period (8 years if under 18 on the relevant date) beginning with the first notification after release;
     * not while a sexual harm prevention order is in force.
     */
    @Override
    public Optional<LocalDate> indefiniteReviewQualifyingDate(LocalDate firstNotificationAfterRelease,
            boolean under18OnRelevantDate, boolean sexualHarmPreventionOrderInForce) {
        if (sexualHarmPreventionOrderInForce) {
            return Optional.empty();
        }
        Period period = Period.ofYears(under18OnRelevantDate ? 8 : 15);
        return Optional.of(lastDayOfPeriodBeginningWith(firstNotificationAfterRelease, period).plusDays(1));
    }

    /**
     * s.84(2)-(4) SOA 2003: a change notified in advance stands if it happens no more than 2 days before the
     * stated date and no later than the third day beginning with it.
     */
    public static boolean advanceNoticeHolds(LocalDate statedDate, LocalDate actualDate) {
        return !actualDate.isBefore(statedDate.minusDays(2))
                && !actualDate.isAfter(lastDayWithinDaysBeginningWith(statedDate, 3));
    }

    /**
     * s.84(4) SOA 2003: if a change notified in advance does not happen, the offender must notify that within 6
     * days beginning with the stated date.
     */
    public static Deadline advanceNoticeCorrection(LocalDate statedDate) {
        return Deadline.on(lastDayWithinDaysBeginningWith(statedDate, 6), "s.84(2)-(4) SOA 2003",
                "A change notified in advance for " + statedDate + " that does not happen must itself be notified");
    }

    /** SI 2012/1876: foreign travel must be notified at least 7 days before departure. */
    public static boolean travelNoticeIsLate(LocalDate notifiedOn, LocalDate departure) {
        return notifiedOn.isAfter(departure.minusDays(7));
    }

    /** SI 2012/1876: a change to notified travel must be notified at least 24 hours before departure. */
    public static boolean travelChangeIsLate(Instant notifiedAt, Instant departureAt) {
        return Duration.between(notifiedAt, departureAt).compareTo(Duration.ofHours(24)) < 0;
    }

    /**
     * SI 2012/1876: living or staying for 12 hours or more in a household with a child under 18 is notified within
     * 3 days beginning with the start of the stay.
     */
    public static Deadline householdWithChildNotification(LocalDate stayBegan) {
        return Deadline.on(lastDayWithinDaysBeginningWith(stayBegan, 3), "SI 2012/1876",
                "Within 3 days beginning with the start of a stay of 12 hours or more in a household with a child");
    }

    private static String describe(Sentence sentence) {
        return switch (sentence) {
            case IMPRISONMENT -> "imprisonment";
            case LIFE_IMPRISONMENT -> "Life imprisonment";
            case IMPRISONMENT_FOR_PUBLIC_PROTECTION -> "Imprisonment for public protection";
            case HOSPITAL_ORDER -> "A hospital order";
            case HOSPITAL_ORDER_WITH_RESTRICTION -> "A hospital order with a restriction order";
            case CAUTION -> "A caution";
            case CONDITIONAL_DISCHARGE -> "conditional discharge";
            case OTHER -> "Another disposal";
        };
    }
}
