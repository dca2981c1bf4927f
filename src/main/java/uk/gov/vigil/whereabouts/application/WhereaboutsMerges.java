package uk.gov.vigil.whereabouts.application;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.gov.vigil.offender.OffenderErased;
import uk.gov.vigil.offender.OffendersMerged;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCases;

/**
 * A merged record's whereabouts cases, open or closed, belong to the kept record from the merge on; an erased
 * record's cases are erased with it.
 */
@Component
class WhereaboutsMerges {

    private final WhereaboutsCases cases;

    WhereaboutsMerges(WhereaboutsCases cases) {
        this.cases = cases;
    }

    @EventListener
    void on(OffendersMerged event) {
        cases.moveToKeptRecord(event.mergedId(), event.keptId());
    }

    /** Before the compliance cases the whereabouts cases name are deleted. */
    @EventListener
    @Order(OffenderErased.BEFORE_OTHERS)
    void on(OffenderErased event) {
        cases.eraseOffender(event.offenderId());
    }
}
