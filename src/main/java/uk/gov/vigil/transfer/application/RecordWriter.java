package uk.gov.vigil.transfer.application;

import java.io.IOException;


/** Writes records in one of the bulk formats. */
public interface RecordWriter {

    void write(TransferRecord record) throws IOException;

    void flush() throws IOException;
}
