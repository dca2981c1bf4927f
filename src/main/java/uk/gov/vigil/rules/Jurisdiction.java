package uk.gov.vigil.rules;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One legal system's notification rules. The compliance engine calls only this interface, so Scotland, Northern
 * Ireland or US SORNA can be added as further implementations without changing the engine.
 */
public interface Jurisdiction {

    /** Stable code used in URLs and stored with every decision, for example {@code england-wales}. */
    String code();

    /** The version of this rule set; stored with every computed result so it can be explained later. */
    String ruleVersion();

    /** Statutory dates are calendar dates in this zone. */
    ZoneId zone();

    PeriodDecision notificationPeriod(PeriodCase facts);

    /** The first notification after the relevant date (or after release, if then in custody or hospital). */
    Deadline initialNotification(LocalDate relevantDate, LocalDate releasedOn);

    /** A notification of a change: a new name, a new home address, release, or a qualifying stay elsewhere. */
    Deadline changeNotification(LocalDate eventDate);

    /**
     * The next periodic notification after the last one, moved past any absence that covers it.
     *
     * @param noFixedAbode whether the offender has no sole or main residence
     */
    Deadline periodicNotification(LocalDate lastNotification, boolean noFixedAbode, List<Absence> absences);

    /** When an indefinite requirement first qualifies for review, if it can. */
    Optional<LocalDate> indefiniteReviewQualifyingDate(LocalDate firstNotificationAfterRelease,
            boolean under18OnRelevantDate, boolean sexualHarmPreventionOrderInForce);
}
