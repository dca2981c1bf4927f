package uk.gov.vigil.search.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.PhoneticEngine;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * The keys a name is indexed and looked up under. Two names that share a key are candidates for each other; the
 * scorer then decides how well they match.
 *
 * <p>A key that names one token alone ("john") is shared by a large part of a national register, so a search by
 * given and family name looks up keys that pair a given name with a family name. Each pair is written with its
 * two halves in a fixed order, so swapped names meet. For each given token {@code g} and family token {@code f}
 * (each part of a double-barrelled name, and the parts joined):
 * <ul>
 *   <li>{@code Q:x|y}, every pairing of a class of {@code g} with a class of {@code f}, where a token's classes
 *       are its Double Metaphone codes (sound-alikes, many transliterations) and its groups of equivalent given
 *       names (nicknames, other spellings);</li>
 *   <li>{@code E:token|initial}, each token exactly with the other's first letter, for typing errors that change
 *       how a name sounds;</li>
 *   <li>{@code B:code|initial}, each Beider-Morse code of a family token with the given name's first letter, for
 *       names of other origins that Double Metaphone keeps apart (Kowalski and Kovalsky).</li>
 * </ul>
 * A search by one part only looks up keys of single family tokens: {@code T:token} and {@code P:code}.
 */
public final class NameKeys {

    /** The version of this key scheme, recorded with each search. Changing the scheme needs a re-index. */
    public static final String VERSION = "keys/2";

    private static final int MAX_KEY = 64;
    private static final int MAX_BEIDER_MORSE = 8;
    private static final int CACHE_LIMIT = 100_000;

    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone m = new DoubleMetaphone();
        m.setMaxCodeLen(6);
        return m;
    });

    private static final PhoneticEngine BEIDER_MORSE = new PhoneticEngine(NameType.GENERIC, RuleType.APPROX, false,
            MAX_BEIDER_MORSE);

    /** Beider-Morse is slow (about 0.1 ms a token) and names repeat, so codes are kept once computed. */
    private static final ConcurrentHashMap<String, Set<String>> BEIDER_MORSE_CODES = new ConcurrentHashMap<>();

    private final NameEquivalents equivalents;

    public NameKeys(NameEquivalents equivalents) {
        this.equivalents = equivalents;
    }

    /** The keys one name is indexed under, given names and family name together. */
    public Set<String> of(String givenNames, String familyName) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> given = NameTokens.of(givenNames);
        List<String> family = familyTokens(familyName);
        for (String f : family) {
            single(keys, f);
        }
        for (String g : given) {
            for (String f : family) {
                pairs(keys, g, f);
            }
        }
        return keys;
    }

    /**
     * The keys to look a search up by. With both parts, the pairs of each given token with each family token,
     * taken in both orders so that a person recorded with the names swapped is found; with one part, the single
     * keys of its tokens.
     */
    public Set<String> lookup(String givenNames, String familyName) {
        List<String> given = NameTokens.of(givenNames);
        List<String> family = familyTokens(familyName);
        Set<String> keys = new LinkedHashSet<>();
        if (given.isEmpty() || family.isEmpty()) {
            List<String> only = given.isEmpty() ? family : familyTokens(givenNames);
            only.forEach(token -> single(keys, token));
            return keys;
        }
        for (String g : given) {
            for (String f : family) {
                pairs(keys, g, f);
                pairs(keys, f, g);
            }
        }
        return keys;
    }

    private static List<String> familyTokens(String familyName) {
        List<String> family = new ArrayList<>(NameTokens.of(familyName));
        if (family.size() > 1) {
            family.add(String.join("", family));
        }
        return family;
    }

    private static void single(Set<String> keys, String token) {
        add(keys, "T:" + token);
        for (String code : phonetic(token)) {
            add(keys, "P:" + code);
        }
    }

    private void pairs(Set<String> keys, String given, String family) {
        for (String a : classes(given)) {
            for (String b : classes(family)) {
                add(keys, "Q:" + (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a));
            }
        }
        add(keys, "E:" + given + "|" + family.charAt(0));
        add(keys, "E:" + family + "|" + given.charAt(0));
        for (String code : beiderMorse(family)) {
            add(keys, "B:" + code + "|" + given.charAt(0));
        }
    }

    /** Double Metaphone codes, and {@code g} with the number of each group of equivalent names. */
    private Set<String> classes(String token) {
        Set<String> classes = new LinkedHashSet<>(phonetic(token));
        for (String group : equivalents.keys(token)) {
            classes.add("g" + group.substring(1));
        }
        if (classes.isEmpty()) {
            classes.add(token);
        }
        return classes;
    }

    private static void add(Set<String> keys, String key) {
        keys.add(key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key);
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

    /** The approximate Beider-Morse codes of a token (generic name type), at most eight. */
    public static Set<String> beiderMorse(String token) {
        Set<String> cached = BEIDER_MORSE_CODES.get(token);
        if (cached != null) {
            return cached;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : BEIDER_MORSE.encode(token).split("\\|")) {
            if (!code.isBlank()) {
                codes.add(code);
            }
        }
        Set<String> result = Set.copyOf(codes);
        if (BEIDER_MORSE_CODES.size() >= CACHE_LIMIT) {
            BEIDER_MORSE_CODES.clear();
        }
        BEIDER_MORSE_CODES.put(token, result);
        return result;
    }
}
