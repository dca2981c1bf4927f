package uk.gov.vigil.offender.domain;

import java.util.Set;

/**
 * Who may see a record beyond the usual rules.
 *
 * @param restrictedTo if not empty, the only users who may see the record at all
 * @param excluded     users who may not see the record at all
 */
public record Restrictions(Set<String> restrictedTo, Set<String> excluded) {

    public static final Restrictions NONE = new Restrictions(Set.of(), Set.of());

    public Restrictions {
        restrictedTo = restrictedTo == null ? Set.of() : Set.copyOf(restrictedTo);
        excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
    }

    /** Whether the restrictions let this user see the record (the usual rules still apply on top). */
    public boolean allow(String username) {
        return !excluded.contains(username) && (restrictedTo.isEmpty() || restrictedTo.contains(username));
    }
}
