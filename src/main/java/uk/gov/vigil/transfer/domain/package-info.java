/** Transfer records, import jobs and their states. No Spring, no SQL. */
package uk.gov.vigil.transfer.domain;
