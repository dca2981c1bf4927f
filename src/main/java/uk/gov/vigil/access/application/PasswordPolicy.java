package uk.gov.vigil.access.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

import uk.gov.vigil.shared.Violations;

/**
 * What a new password must be (ASVS 6.2; CJIS IA-5(1)): at least 12 characters and at most 1,000, any characters,
 * no composition rules, never truncated; and hard to guess, as nbvcxz (a port of zxcvbn) estimates it against its
 * dictionaries of common and breached passwords, English words and names, keyboard patterns and dates, plus the
 * user's own names.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 1_000;

    /** Bits of entropy nbvcxz must estimate: its default, about 10^10.5 guesses. */
    private static final double MIN_ENTROPY = ConfigurationBuilder.getDefaultMinimumEntropy();

    public Violations check(String field, String password, String... personalWords) {
        Violations violations = new Violations();
        if (password == null || password.isEmpty()) {
            return violations.add(field, "is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return violations.add(field, "must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return violations.add(field, "must be at most " + MAX_LENGTH + " characters");
        }
        Result result = estimator(personalWords).estimate(password);
        if (!result.isMinimumEntropyMet()) {
            String warning = result.getFeedback().getWarning();
            violations.add(field, "is too easy to guess" + (warning == null || warning.isBlank() ? ""
                    : ": " + warning.strip().replaceAll("\\.$", "").toLowerCase(Locale.UK))
                    + ". Try a longer phrase of several unrelated words");
        }
        return violations;
    }

    private static Nbvcxz estimator(String... personalWords) {
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("personal").setExclusion(true);
        for (String words : personalWords) {
            if (words != null) {
                for (String word : words.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+")) {
                    if (word.length() >= 3) {
                        own.addWord(word, 0);
                    }
                }
            }
        }
        own.addWord("vigil", 0);
        dictionaries.add(own.createDictionary());
        return new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).setMinimumEntropy(MIN_ENTROPY)
                .setMaxLength(MAX_LENGTH).createConfiguration());
    }
}
