package uk.gov.vigil.shared.web;

import java.util.List;

import tools.jackson.core.JacksonException;

import uk.gov.vigil.shared.FieldViolation;

/** Turns a JSON binding error into a violation that names the field, for the API and for bulk files alike. */
public final class JsonFieldErrors {

    private JsonFieldErrors() {
    }

    /**
     * @param prefix put before the field's path (e.g. {@code offender.}), or empty
     * @param whole  the name to give when the error has no path, i.e. the document as a whole
     */
    public static FieldViolation of(JacksonException cause, String prefix, String whole) {
        if (cause == null || cause.getPath().isEmpty()) {
            return new FieldViolation(whole, "must be a well-formed JSON document");
        }
        return new FieldViolation(prefix + path(cause.getPath()), readableReason(cause));
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String readableReason(JacksonException cause) {
        String simpleName = cause.getClass().getSimpleName();
        if (simpleName.equals("UnrecognizedPropertyException")) {
            return "is not a recognised field";
        }
        if (simpleName.equals("InvalidFormatException") || simpleName.equals("MismatchedInputException")
                || simpleName.equals("InvalidTypeIdException")) {
            return "has the wrong type or format (dates are YYYY-MM-DD; see the API documentation for allowed values)";
        }
        return "could not be read";
    }
}
