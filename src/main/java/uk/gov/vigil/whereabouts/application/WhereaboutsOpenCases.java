package uk.gov.vigil.whereabouts.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import uk.gov.vigil.offender.OpenCases;
import uk.gov.vigil.whereabouts.domain.WhereaboutsCases;

/** Lets the offender record and the compliance view show an offender's open whereabouts case. */
@Component
class WhereaboutsOpenCases implements OpenCases {

    private final WhereaboutsCases cases;

    WhereaboutsOpenCases(WhereaboutsCases cases) {
        this.cases = cases;
    }

    @Override
    public Optional<OpenCase> openWhereaboutsCase(UUID offenderId) {
        return cases.openCaseOf(offenderId).map(c -> new OpenCase(c.id(), c.state().name(),
                c.unknown() == null ? null : c.unknown().since()));
    }
}
