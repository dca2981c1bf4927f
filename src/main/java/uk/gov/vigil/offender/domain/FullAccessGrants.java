package uk.gov.vigil.offender.domain;

import java.time.Instant;
import java.util.List;

/** Where full-access grants are kept. */
public interface FullAccessGrants {

    void add(FullAccessGrant grant);

    /** Whether the user holds a grant for the offender that is active at {@code at}. */
    boolean holds(String username, OffenderId offenderId, Instant at);

    /** Every grant for an offender, newest first. */
    List<FullAccessGrant> of(OffenderId offenderId);
}
