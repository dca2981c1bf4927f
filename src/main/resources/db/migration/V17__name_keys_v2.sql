-- Name keys move to the pair scheme (keys/2, see uk.gov.vigil.search.domain.NameKeys): the old keys are removed
-- and the search module's backfill gives every offender the new ones when the service starts.
delete from name_key;

create index offender_passport_number on offender_passport (number);
