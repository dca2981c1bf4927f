package uk.gov.vigil.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entity tags for versioned records. The tag is the record's version number as a strong validator, so a client
 * that read version 7 sends {@code If-Match: "7"} with its update.
 */
public final class ETags {

    private static final Pattern STRONG_TAG = Pattern.compile("^\\s*\"(\\d{1,18})\"\\s*$");

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version named by an {@code If-Match} header.
     *
     * @throws PreconditionRequiredException when the header is missing, is {@code *}, or is not one strong tag
     */
    public static long versionFromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(
                    "Send If-Match with the ETag of the version you read, so that nobody else's change is overwritten");
        }
        Matcher matcher = STRONG_TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new PreconditionRequiredException(
                    "If-Match must be the single ETag you read, for example \"3\"; wildcards and weak tags are not accepted");
        }
        return Long.parseLong(matcher.group(1));
    }
}
