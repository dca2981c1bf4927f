package uk.gov.vigil.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the generator needs to know about a force: its relative size, the probation region that covers it, and
 * towns and postcode areas to make addresses plausible. Read from {@code demo/forces.csv}.
 */
record ForceProfile(String code, int weight, String probationRegion, List<String> towns, List<String> postcodeAreas) {

    static List<ForceProfile> load() {
        try (InputStream in = ForceProfile.class.getResourceAsStream("/demo/forces.csv")) {
            if (in == null) {
                throw new IllegalStateException("demo/forces.csv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<ForceProfile> forces = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                forces.add(new ForceProfile(f[0], Integer.parseInt(f[1]), f[2].isEmpty() ? null : f[2],
                        Arrays.asList(f[3].split(";")), Arrays.asList(f[4].split(";"))));
            }
            return List.copyOf(forces);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits {@code total} across the forces in proportion to their weights, by largest remainder, so that the
     * counts add up exactly.
     */
    static int[] allocate(List<ForceProfile> forces, int total) {
        long weightSum = forces.stream().mapToLong(ForceProfile::weight).sum();
        int[] counts = new int[forces.size()];
        double[] remainders = new double[forces.size()];
        int allocated = 0;
        for (int i = 0; i < forces.size(); i++) {
            double exact = (double) total * forces.get(i).weight() / weightSum;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            allocated += counts[i];
        }
        while (allocated < total) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            allocated++;
        }
        return counts;
    }
}
