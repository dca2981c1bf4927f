package uk.gov.vigil.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field violations while a whole request is checked, so that the caller hears about every problem at
 * once rather than one per attempt.
 */
public final class Violations {

    private final List<FieldViolation> items = new ArrayList<>();

    public Violations add(String field, String message) {
        items.add(new FieldViolation(field, message));
        return this;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(items);
    }

    /** Throws {@link InvalidInputException} if anything was collected. */
    public void throwIfAny() {
        if (!items.isEmpty()) {
            throw new InvalidInputException(list());
        }
    }

    /** Adds a violation when {@code value} is null or blank; returns whether the value was present. */
    public boolean require(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            add(field, message);
            return false;
        }
        return true;
    }

    /** Adds a violation when {@code value} is null; returns whether the value was present. */
    public boolean require(String field, Object value, String message) {
        if (value == null) {
            add(field, message);
            return false;
        }
        return true;
    }

    /** Adds a violation when {@code value} is longer than {@code max} characters. */
    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be " + max + " characters or fewer");
        }
    }
}
