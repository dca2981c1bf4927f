package uk.gov.vigil.transfer.application;

import java.io.IOException;
import java.io.Writer;

import tools.jackson.databind.json.JsonMapper;

import uk.gov.vigil.transfer.domain.TransferFormat;

/** Writers of the bulk formats, for other modules that make files the import reads. */
public final class TransferFiles {

    private TransferFiles() {
    }

    public static RecordWriter writer(TransferFormat format, Writer out, JsonMapper json) throws IOException {
        return format == TransferFormat.JSONL ? JsonLines.writer(out, json) : CsvRecords.writer(out, json);
    }
}
