package uk.gov.vigil.compliance.application;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.gov.vigil.offender.OffenderErased;
import uk.gov.vigil.offender.OffenderRecordChanged;
import uk.gov.vigil.offender.OffenderRegistered;
import uk.gov.vigil.offender.OffendersMerged;

/**
 * Re-derives an offender's requirement and obligations whenever the record is created or changed. Runs in the
 * same transaction as the change, so a record is never stored without its obligations.
 */
@Component
class OffenderChanges {

    private final ComplianceService compliance;

    OffenderChanges(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @EventListener
    void on(OffenderRegistered event) {
        compliance.recompute(event.offenderId());
    }

    @EventListener
    void on(OffenderRecordChanged event) {
        compliance.recompute(event.offenderId());
    }

    @EventListener
    void on(OffenderErased event) {
        compliance.eraseOffender(event.offenderId());
    }

    /** The merged record's notifications, open cases and tasks belong to the kept one from now on. */
    @EventListener
    void on(OffendersMerged event) {
        compliance.moveToKeptRecord(event.mergedId(), event.keptId());
    }
}
