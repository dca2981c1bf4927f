package uk.gov.vigil.demo;

import java.util.List;

import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.offender.domain.OffenderDetails;

/** A made-up offender and the notifications they have made. */
record SyntheticOffender(OffenderDetails details, List<NotificationInput> history) {

    SyntheticOffender {
        history = List.copyOf(history);
    }
}
