package uk.gov.vigil.search.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names reduced to comparable tokens: accents dropped, lower case, and split on anything that is not a letter, so
 * that "Smith-Jones", "SMITH JONES" and "Smith Jones" give the same tokens and "O'Neill" gives "oneill".
 */
public final class NameTokens {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private NameTokens() {
    }

    public static List<String> of(String name) {
        List<String> tokens = new ArrayList<>();
        if (name == null) {
            return tokens;
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        for (String token : SEPARATORS.split(plain)) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
