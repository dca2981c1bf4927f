package uk.gov.vigil.risk.application;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.gov.vigil.offender.OffenderRecordChanged;
import uk.gov.vigil.offender.OffenderErased;
import uk.gov.vigil.offender.OffendersMerged;
import uk.gov.vigil.risk.domain.RiskHistory;
import uk.gov.vigil.risk.domain.RiskStore;

/**
 * Keeps risk management in step with the offender record, in the same transaction as the change: a change of
 * status (into custody, say) recomputes the visit schedule, a merge moves everything to the kept record, and an
 * erasure deletes it all.
 */
@Component
class RiskRecordChanges {

    private final RiskStore store;
    private final RiskService risk;

    RiskRecordChanges(RiskStore store, RiskService risk) {
        this.store = store;
        this.risk = risk;
    }

    @EventListener
    void on(OffenderRecordChanged event) {
        if (store.schedule(event.offenderId()).isPresent()) {
            risk.recomputeSchedule(event.offenderId());
        }
    }

    @EventListener
    void on(OffenderErased event) {
        store.eraseOffender(event.offenderId());
    }

    @EventListener
    void on(OffendersMerged event) {
        store.moveToKeptRecord(event.mergedId(), event.keptId());
        new RiskHistory(store.assessments(event.keptId())).latest().ifPresent(store::setCurrent);
        if (!store.assessments(event.keptId()).isEmpty()) {
            risk.recomputeSchedule(event.keptId());
        }
    }
}
