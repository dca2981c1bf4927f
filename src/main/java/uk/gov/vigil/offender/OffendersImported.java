package uk.gov.vigil.offender;

import java.util.List;
import java.util.UUID;

/** A batch of offenders was registered by an import, in one transaction. Carries ids only. */
public record OffendersImported(List<UUID> offenderIds) {

    public OffendersImported {
        offenderIds = List.copyOf(offenderIds);
    }
}
