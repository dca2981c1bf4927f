package uk.gov.vigil.shared;

/**
 * The request conflicts with the current state of the record: an illegal lifecycle transition, or a value that
 * must be unique and is already held by another record.
 */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String message) {
        this(null, message);
    }

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, or null when the conflict is with the record as a whole. */
    public String field() {
        return field;
    }
}
