package uk.gov.vigil.transfer.application;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Reads a bulk file record by record, so that a file of any size streams through in constant memory. */
abstract class RecordReader implements Iterator<ParsedRecord> {

    private ParsedRecord next;
    private boolean done;

    /** Reads the next record, or returns null at the end of the file. */
    protected abstract ParsedRecord readNext();

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = readNext();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public ParsedRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ParsedRecord result = next;
        next = null;
        return result;
    }
}
