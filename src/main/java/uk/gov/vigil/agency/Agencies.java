package uk.gov.vigil.agency;

import java.util.List;
import java.util.Optional;

/** The agencies known to the register. */
public interface Agencies {

    /** Every agency, ordered by type then name. */
    List<Agency> all();

    Optional<Agency> byCode(String code);

    /** Every UK police force, including those outside England and Wales, ordered by name. */
    List<Agency> policeForces();
}
