package uk.gov.vigil.compliance.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import uk.gov.vigil.rules.Absence;

/**
 * What the compliance rules need to know about an offender, taken from the offender record.
 *
 * @param absence      the kind of absence (custody, hospital, abroad) the record says the offender is in, or null
 * @param recordClosed the offender has died, or the record was merged into another: no obligation arises
 */
public record OffenderFacts(UUID offenderId, LocalDate dateOfBirth, List<ConvictionFact> convictions,
        Absence.Kind absence, boolean noFixedAbode, boolean recordClosed, String managingAgency,
        String offenderManager) {

    public OffenderFacts {
        convictions = List.copyOf(convictions);
    }

    /** The most recent triggering conviction; its relevant date starts the current cycle of notifications. */
    public ConvictionFact latestConviction() {
        return convictions.stream().max(Comparator.comparing(ConvictionFact::relevantDate)).orElseThrow();
    }
}
