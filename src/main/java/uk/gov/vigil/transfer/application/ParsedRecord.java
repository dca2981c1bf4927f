package uk.gov.vigil.transfer.application;

import java.util.List;

import uk.gov.vigil.transfer.domain.RowProblem;

/** What a reader made of one record of a bulk file: the record, or why it could not be read. */
sealed interface ParsedRecord {

    record Read(TransferRecord record) implements ParsedRecord {
    }

    record Unreadable(List<RowProblem> problems) implements ParsedRecord {
    }
}
