package uk.gov.vigil.transfer.application;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.gov.vigil.offender.OffenderErased;
import uk.gov.vigil.transfer.domain.ImportJobs;

/**
 * An erased offender's link to the legacy system's reference goes with the record. A later import of that reference
 * makes a new record, as for any reference not seen before.
 */
@Component
class ImportedOffenderErasure {

    private final ImportJobs jobs;

    ImportedOffenderErasure(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @EventListener
    void on(OffenderErased event) {
        jobs.forgetOffender(event.offenderId());
    }
}
