package uk.gov.vigil.offender.application;

import java.time.LocalDate;

import uk.gov.vigil.agency.Agency;
import uk.gov.vigil.offender.domain.OffenderId;
import uk.gov.vigil.offender.domain.OffenderRecord;
import uk.gov.vigil.offender.domain.PersonName;

/** What a user may see of one offender: the full record, or the minimal summary. */
public sealed interface OffenderView {

    OffenderId id();

    record Full(OffenderRecord record) implements OffenderView {
        @Override
        public OffenderId id() {
            return record.id();
        }
    }

    /** Name, date of birth, and the managing agency with how to reach it. */
    record Summary(OffenderId id, PersonName name, LocalDate dateOfBirth, Agency managingAgency)
            implements OffenderView {
    }
}
