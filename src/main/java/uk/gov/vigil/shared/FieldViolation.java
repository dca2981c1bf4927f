package uk.gov.vigil.shared;

import java.io.Serializable;

/**
 * One invalid field in a request: the JSON path of the field (for example {@code aliases[1].familyName}) and a
 * message a user can act on. Serializable because a page may carry violations across a redirect as a flash
 * attribute, which is kept in the session, in the database.
 */
public record FieldViolation(String field, String message) implements Serializable {
}
