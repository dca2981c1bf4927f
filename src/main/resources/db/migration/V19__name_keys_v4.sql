-- Name keys move to keys/4 (exact pairs, pairs with a letter deleted, class pairs and Beider-Morse keys, weighted;
-- see uk.gov.vigil.search.domain.NameKeys): the old keys are removed and the search module's backfill gives every
-- offender the new ones when the service starts. Truncated rather than deleted, so a national register's table is
-- emptied at once and does not carry millions of dead rows into the rebuild.
truncate table name_key;
