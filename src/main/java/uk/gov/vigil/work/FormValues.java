package uk.gov.vigil.work;

import java.util.Map;

/** Reading form fields the same way on every page: blank is absent, and a choice must be one of the values offered. */
final class FormValues {

    private FormValues() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static boolean filled(Map<String, String> form, String name) {
        return blankToNull(form.get(name)) != null;
    }

    /** The radio or select answer as one of the allowed values; anything else counts as no answer. */
    static <E extends Enum<E>> E choice(String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    /** As {@link #choice}, kept as the text of its name, for answers held as typed. */
    static <E extends Enum<E>> String choiceName(String value, Class<E> type) {
        E chosen = choice(value, type);
        return chosen == null ? null : chosen.name();
    }
}
