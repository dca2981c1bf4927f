package uk.gov.vigil.compliance.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.gov.vigil.compliance.ComplianceStatus;
import uk.gov.vigil.compliance.domain.ComplianceCase;
import uk.gov.vigil.compliance.domain.Notification;
import uk.gov.vigil.compliance.domain.Obligation;
import uk.gov.vigil.compliance.domain.Requirement;
import uk.gov.vigil.offender.OpenCases;

/**
 * An offender's compliance: status, requirement, the current obligation, and the history behind them.
 *
 * @param reviewQualifyingDate for an indefinite requirement, when it first qualifies for review (s.91A-91F)
 * @param openWhereaboutsCase  the search under way if the offender's whereabouts are being sought
 */
public record ComplianceView(ComplianceStatus status, Requirement requirement, Optional<Obligation> current,
        Optional<LocalDate> reviewQualifyingDate, Optional<OpenCases.OpenCase> openWhereaboutsCase,
        List<Obligation> obligations, List<Notification> notifications, List<ComplianceCase> cases) {
}
