package uk.gov.vigil.shared;

/**
 * One invalid field in a request: the JSON path of the field (for example {@code aliases[1].familyName}) and a
 * message a user can act on.
 */
public record FieldViolation(String field, String message) {
}
