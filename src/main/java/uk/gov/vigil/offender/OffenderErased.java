package uk.gov.vigil.offender;

import java.util.UUID;

/**
 * An offender's record is being erased. Published inside the erasing transaction, before the record's own rows are
 * deleted: every module that keeps rows about the offender deletes them in its listener, so the erasure is stored
 * whole or not at all.
 */
public record OffenderErased(UUID offenderId) {

    /**
     * The order of listeners that must run before the others: rows that point at another module's rows go first
     * (a whereabouts case names the compliance case that opened it).
     */
    public static final int BEFORE_OTHERS = 0;
}
