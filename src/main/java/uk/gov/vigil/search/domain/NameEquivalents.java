package uk.gov.vigil.search.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which given names are the same name (William and Bill, Mohammed and Muhammad), from a versioned data file. Each
 * line of the file is a group; a name may belong to several groups, as Pat does to Patrick and Patricia.
 */
public final class NameEquivalents {

    private final String version;
    private final Map<String, Set<Integer>> groups;

    private NameEquivalents(String version, Map<String, Set<Integer>> groups) {
        this.version = version;
        this.groups = groups;
    }

    /** Reads the table from {@code search/name-equivalents.csv} on the class path. */
    public static NameEquivalents standard() {
        try (InputStream in = NameEquivalents.class.getResourceAsStream("/search/name-equivalents.csv")) {
            if (in == null) {
                throw new IllegalStateException("search/name-equivalents.csv is missing from the class path");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the file's lines: {@code # version: N} once, other {@code #} lines are comments. */
    public static NameEquivalents read(List<String> lines) {
        String version = null;
        Map<String, Set<Integer>> groups = new HashMap<>();
        int group = 0;
        for (String line : lines) {
            String text = line.strip();
            if (text.startsWith("# version:")) {
                version = text.substring("# version:".length()).strip();
            } else if (!text.isEmpty() && !text.startsWith("#")) {
                group++;
                for (String name : text.split(",")) {
                    for (String token : NameTokens.of(name)) {
                        groups.computeIfAbsent(token, k -> new TreeSet<>()).add(group);
                    }
                }
            }
        }
        if (version == null) {
            throw new IllegalStateException("The name equivalents file has no '# version:' line");
        }
        return new NameEquivalents(version, groups);
    }

    public String version() {
        return version;
    }

    /** The groups a name token belongs to; empty when the table does not know it. */
    public Set<Integer> groupsOf(String token) {
        return groups.getOrDefault(token, Set.of());
    }

    public boolean equivalent(String a, String b) {
        Set<Integer> of = groupsOf(a);
        return !of.isEmpty() && groupsOf(b).stream().anyMatch(of::contains);
    }

    List<String> keys(String token) {
        List<String> keys = new ArrayList<>();
        for (Integer g : groupsOf(token)) {
            keys.add("G" + g);
        }
        return keys;
    }
}
