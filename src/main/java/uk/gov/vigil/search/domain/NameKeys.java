package uk.gov.vigil.search.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The keys a name is indexed and looked up under. Two names that share a key are candidates for each other; the
 * scorer then decides how well they match. For each token of a name:
 * <ul>
 *   <li>{@code T:token}, the token itself;</li>
 *   <li>{@code P:code}, its Double Metaphone codes, primary and alternate (sound-alikes, many transliterations);</li>
 *   <li>{@code G:n}, each group of equivalent given names it belongs to (nicknames, other spellings).</li>
 * </ul>
 * A double-barrelled name gives keys for each part and for the parts joined, and a given name's keys are the
 * same as a family name's, so that swapped names still meet.
 */
public final class NameKeys {

    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone m = new DoubleMetaphone();
        m.setMaxCodeLen(6);
        return m;
    });

    private final NameEquivalents equivalents;

    public NameKeys(NameEquivalents equivalents) {
        this.equivalents = equivalents;
    }

    /** The keys of one name, given names and family name together. */
    public Set<String> of(String givenNames, String familyName) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> given = NameTokens.of(givenNames);
        List<String> family = NameTokens.of(familyName);
        given.forEach(token -> addToken(keys, token));
        family.forEach(token -> addToken(keys, token));
        if (family.size() > 1) {
            addToken(keys, String.join("", family));
        }
        return keys;
    }

    private void addToken(Set<String> keys, String token) {
        keys.add("T:" + token);
        for (String code : phonetic(token)) {
            keys.add("P:" + code);
        }
        for (String group : equivalents.keys(token)) {
            keys.add("G:" + group.substring(1));
        }
    }

    /** The Double Metaphone codes of a token: the primary and, where it differs, the alternate. */
    public static Set<String> phonetic(String token) {
        Set<String> codes = new LinkedHashSet<>();
        DoubleMetaphone m = METAPHONE.get();
        String primary = m.doubleMetaphone(token);
        if (primary != null && !primary.isEmpty()) {
            codes.add(primary);
        }
        String alternate = m.doubleMetaphone(token, true);
        if (alternate != null && !alternate.isEmpty()) {
            codes.add(alternate);
        }
        return codes;
    }
}
