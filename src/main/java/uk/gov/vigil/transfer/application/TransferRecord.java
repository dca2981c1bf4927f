package uk.gov.vigil.transfer.application;

import java.util.List;

import uk.gov.vigil.compliance.application.NotificationInput;
import uk.gov.vigil.offender.domain.OffenderDetails;

/**
 * One offender as a bulk file carries them: the record and its past notifications, under the reference the
 * sending system knows them by.
 *
 * @param sourceReference the sending system's own id for the offender; with the import's source name it makes
 *                        re-runs idempotent
 * @param line            the file line the record starts on, for reports (0 when written rather than read)
 */
public record TransferRecord(String sourceReference, OffenderDetails offender, List<NotificationInput> notifications,
        long line) {

    public TransferRecord {
        notifications = notifications == null ? List.of() : List.copyOf(notifications);
    }
}
