package uk.gov.vigil.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The word lists in {@code demo/names.txt}: British forenames, surnames and street-name parts. */
record NameLists(List<String> male, List<String> female, List<String> surnames, List<String> streets,
        List<String> streetSuffixes) {

    static NameLists load() {
        Map<String, List<String>> sections = new HashMap<>();
        try (InputStream in = NameLists.class.getResourceAsStream("/demo/names.txt")) {
            if (in == null) {
                throw new IllegalStateException("demo/names.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("[")) {
                    current = sections.computeIfAbsent(trimmed.substring(1, trimmed.length() - 1),
                            k -> new ArrayList<>());
                } else if (current != null) {
                    current.addAll(Arrays.asList(trimmed.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameLists(List.copyOf(sections.get("male")), List.copyOf(sections.get("female")),
                List.copyOf(sections.get("surname")), List.copyOf(sections.get("street")),
                List.copyOf(sections.get("street_suffix")));
    }
}
