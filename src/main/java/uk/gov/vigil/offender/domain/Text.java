package uk.gov.vigil.offender.domain;

import java.text.Normalizer;

/** How free text from users is tidied before it is kept: trimmed, blank as absent, Unicode NFC. */
final class Text {

    private Text() {
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
    }
}
