package uk.gov.vigil.search.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * (each part of a double-barrelled name, and the parts joined), a name is indexed under:
 * <ul>
 *   <li>{@code X:g|f}, the two tokens exactly;</li>
 *   <li>{@code D:g|f'} and {@code D:g'|f}, for the first given name, with one letter deleted from either token.
 *       Two spellings one edit apart (a letter left out, added, changed, or two swapped) always share a spelling
 *       with one letter deleted, or one is the other with a letter deleted, so a search that looks up its own
 *       exact and deleted pairs in both kinds meets a record with a typing error in one name and the other name
 *       exact, in a couple of dozen lookups;</li>
 *   <li>{@code Q:x|y}, every pairing of a class of {@code g} with a class of {@code f}, where a token's classes
 *       are its Double Metaphone codes (sound-alikes, many transliterations) and its groups of equivalent given
 *       names (nicknames, other spellings);</li>
 *   <li>{@code B:code|initial}, each Beider-Morse code of {@code f} with the first given name's initial, for names
 *       of other origins that Double Metaphone keeps apart (Kowalski and Kovalsky).</li>
 * </ul>
 * A search by one part only looks up keys of single family tokens: {@code T:token} and {@code P:code}.
 * {@link #weight} says how much sharing each kind of key counts when choosing which candidates to score.
 */
public final class NameKeys {

    /** The version of this key scheme, recorded with each search. Changing the scheme needs a re-index. */
    public static final String VERSION = "keys/4";

    private static final int MAX_KEY = 64;
    private static final int MAX_BEIDER_MORSE = 8;
    private static final int CACHE_LIMIT = 100_000;

    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone m = new DoubleMetaphone();
        m.setMaxCodeLen(6);
        return m;
    });

    private static final PhoneticEngine BEIDER_MORSE = new PhoneticEngine(NameType.GENERIC, RuleType.EXACT, false,
            MAX_BEIDER_MORSE);

    /**
     * Codes are kept once computed: names repeat, scoring asks for the same few again and again, and Beider-Morse
     * takes about 0.1 ms a token. Each cache is emptied when it reaches {@link #CACHE_LIMIT} tokens.
     */
    private static final Map<String, Set<String>> METAPHONE_CODES = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> BEIDER_MORSE_CODES = new ConcurrentHashMap<>();

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
            for (String g : given) {
                add(keys, exact(g, f));
                classPairs(keys, g, f);
            }
            if (!given.isEmpty()) {
                String first = given.get(0);
                for (String shorter : deletions(f)) {
                    add(keys, deleted(first, shorter));
                }
                for (String shorter : deletions(first)) {
                    add(keys, deleted(shorter, f));
                }
                beiderMorse(keys, f, first);
            }
        }
        return keys;
    }

    /**
     * The keys to look a search up by. With both parts: the exact pairs of each given token with each family
     * token, the exact and deleted pairs with a letter deleted from one of them (first given name only), the class
     * pairs, and the Beider-Morse keys taken both ways round, so a person recorded with the names swapped is found. With one
     * part, the single keys of its tokens.
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
        String first = given.get(0);
        for (String f : family) {
            for (String g : given) {
                add(keys, exact(g, f));
                classPairs(keys, g, f);
            }
            add(keys, deleted(first, f));
            for (String shorter : deletions(f)) {
                add(keys, exact(first, shorter));
                add(keys, deleted(first, shorter));
            }
            for (String shorter : deletions(first)) {
                add(keys, exact(shorter, f));
                add(keys, deleted(shorter, f));
            }
            beiderMorse(keys, f, first);
            beiderMorse(keys, first, f);
        }
        return keys;
    }

    /**
     * How much a shared key counts towards choosing a candidate: the tokens themselves (or one edit apart) most,
     * a pair of sound or name classes next, and a Beider-Morse code with an initial least, since it is broad.
     */
    public static int weight(String key) {
        return WEIGHTS.getOrDefault(key.substring(0, 1), 1);
    }

    /** The weight of each kind of key, by the letter it starts with; any other kind counts 1. */
    public static final Map<String, Integer> WEIGHTS = Map.of("X", 4, "D", 4, "Q", 3);

    /** Every spelling with one letter left out (none for a single letter). */
    static Set<String> deletions(String token) {
        Set<String> shorter = new LinkedHashSet<>();
        if (token.length() > 1) {
            for (int i = 0; i < token.length(); i++) {
                shorter.add(token.substring(0, i) + token.substring(i + 1));
            }
        }
        return shorter;
    }

    private static String deleted(String a, String b) {
        return "D:" + (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
    }

    private static String exact(String a, String b) {
        return "X:" + (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
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

    private void classPairs(Set<String> keys, String given, String family) {
        for (String a : classes(given)) {
            for (String b : classes(family)) {
                add(keys, "Q:" + (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a));
            }
        }
    }

    private static void beiderMorse(Set<String> keys, String family, String given) {
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
        Set<String> cached = METAPHONE_CODES.get(token);
        if (cached != null) {
            return cached;
        }
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
        return remember(METAPHONE_CODES, token, codes);
    }

    /**
     * The Beider-Morse codes of a token (generic name type, exact rules), at most eight. The exact rules give
     * about two codes a name where the approximate ones give six, and on 17 pairs of spellings tried matched the
     * same 12 pairs, so there are about a third as many Beider-Morse keys.
     */
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
        return remember(BEIDER_MORSE_CODES, token, codes);
    }

    private static Set<String> remember(Map<String, Set<String>> cache, String token, Set<String> codes) {
        Set<String> result = Collections.unmodifiableSet(codes);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(token, result);
        return result;
    }
}
