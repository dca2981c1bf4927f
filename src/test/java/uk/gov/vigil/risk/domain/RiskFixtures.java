package uk.gov.vigil.risk.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** Assessments for tests: only the date and level matter to the rules. */
public final class RiskFixtures {

    private RiskFixtures() {
    }

    public static RiskAssessment assessment(LocalDate on, RiskLevel level) {
        return new RiskAssessment(UUID.randomUUID(), null, RiskTool.ARMS, null, on, "DC Test", null, level,
                on.plusYears(1), null, on.atStartOfDay().toInstant(ZoneOffset.UTC), "it");
    }
}
