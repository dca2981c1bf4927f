-- Name keys move to keys/3 (exact pairs looked up one edit either way, weighted; see
-- uk.gov.vigil.search.domain.NameKeys): the old keys are removed and the search module's backfill gives every
-- offender the new ones when the service starts.
delete from name_key;
