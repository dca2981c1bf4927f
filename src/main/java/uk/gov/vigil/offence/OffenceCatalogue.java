package uk.gov.vigil.offence;

import java.util.List;
import java.util.Optional;

public interface OffenceCatalogue {

    /** Every offence, ordered by Act then code. */
    List<Offence> all();

    Optional<Offence> byCode(String code);
}
