package uk.gov.vigil.search.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names reduced to comparable tokens: accents dropped, lower case, and split on anything that is not a letter, so
 * that "Smith-Jones", "SMITH JONES" and "Smith Jones" give the same tokens and "O'Neill" gives "oneill".
 */
public final class NameTokens {

    private NameTokens() {
    }

    public static List<String> of(String name) {
        List<String> tokens = new ArrayList<>();
        if (name == null) {
            return tokens;
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        for (String token : plain.split("[^a-z0-9]+")) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
