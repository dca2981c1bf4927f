package uk.gov.vigil.offender;

import java.util.UUID;

/**
 * Two records were found to be the same person and merged: {@code mergedId} is now marked MERGED and everything
 * it held belongs to {@code keptId}. Modules that keep their own rows about offenders move them to the kept id.
 */
public record OffendersMerged(UUID keptId, UUID mergedId) {
}
