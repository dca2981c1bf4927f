package uk.gov.vigil.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import uk.gov.vigil.whereabouts.domain.CaseTerms.Circumstance;

/**
 * The whereabouts-unknown picture that police forces gave for early March 2015 in answer to a freedom of
 * information request (396 registered offenders in 39 forces; see the domain brief, section 0). The demo register
 * holds cases that reproduce it on 10 March 2015; the dates not published are made up, consistently.
 */
final class March2015 {

    static final LocalDate AS_OF = LocalDate.of(2015, 3, 10);
    static final int TOTAL = 396;

    /** Published counts. */
    static final Map<String, Integer> PUBLISHED = new LinkedHashMap<>();

    static {
        PUBLISHED.put("MET", 167);
        PUBLISHED.put("WMD", 39);
        PUBLISHED.put("SSX", 11);
        PUBLISHED.put("CAM", 10);
        PUBLISHED.put("NTH", 9);
        PUBLISHED.put("LIN", 7);
        PUBLISHED.put("NOT", 6);
        PUBLISHED.put("TVP", 5);
        PUBLISHED.put("HRT", 2);
        PUBLISHED.put("LEI", 2);
    }

    /** Forces with none: the three published, and four more so that 39 forces have cases. */
    static final Set<String> NONE = Set.of("CUM", "COL", "PSCOT", "BTP", "PSNI", "DYP", "WIL");

    /** Published oldest cases, by force. The Met's longest was 14 years on 10 March 2015. */
    static final Map<String, LocalDate> OLDEST = Map.of(
            "MET", LocalDate.of(2001, 1, 22),
            "GLO", LocalDate.of(2000, 6, 14),
            "NTB", LocalDate.of(2002, 5, 17),
            "HUM", LocalDate.of(2004, 9, 8));

    /** One case as it stood on 10 March 2015, and how it went on. */
    record MissingCase(String force, LocalDate since, Circumstance circumstance, String country, LocalDate warrant,
            LocalDate located) {
    }

    private March2015() {
    }

    /**
     * The cases, deterministic from the seed. Most were located after March 2015; about one in eight is still
     * unknown today.
     */
    static List<MissingCase> cases(List<ForceProfile> forces, long seed, LocalDate today) {
        Random random = new Random(seed ^ 0x2015_0310L);
        Map<String, Integer> counts = new LinkedHashMap<>(PUBLISHED);
        List<ForceProfile> others = forces.stream()
                .filter(f -> !PUBLISHED.containsKey(f.code()) && !NONE.contains(f.code())).toList();
        int remaining = TOTAL - PUBLISHED.values().stream().mapToInt(Integer::intValue).sum();
        int[] spread = ForceProfile.allocate(others, remaining - others.size());
        for (int i = 0; i < others.size(); i++) {
            counts.put(others.get(i).code(), 1 + spread[i]);
        }
        List<MissingCase> cases = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            String force = entry.getKey();
            List<LocalDate> sinces = sinces(force, entry.getValue(), random);
            for (LocalDate since : sinces) {
                cases.add(missing(force, since, random, today));
            }
        }
        return cases;
    }

    private static List<LocalDate> sinces(String force, int count, Random random) {
        List<LocalDate> sinces = new ArrayList<>();
        switch (force) {
            case "HRT" -> {
                sinces.add(LocalDate.of(2014, 1, 14));
                sinces.add(LocalDate.of(2014, 11, 3));
            }
            case "TVP" -> {
                for (int i = 0; i < 4; i++) {
                    sinces.add(between(LocalDate.of(2009, 1, 1), AS_OF.minusDays(400), random));
                }
                sinces.add(between(AS_OF.minusDays(300), AS_OF.minusDays(20), random));
            }
            default -> {
                LocalDate oldest = OLDEST.get(force);
                if (oldest != null) {
                    sinces.add(oldest);
                }
                LocalDate from = oldest == null ? LocalDate.of(2003, 1, 1) : oldest.plusDays(30);
                while (sinces.size() < count) {
                    sinces.add(between(from.isAfter(LocalDate.of(2003, 1, 1)) ? from : LocalDate.of(2003, 1, 1),
                            AS_OF.minusDays(1), random));
                }
            }
        }
        return sinces;
    }

    private static MissingCase missing(String force, LocalDate since, Random random, LocalDate today) {
        int roll = random.nextInt(100);
        int abroadShare = force.equals("MET") ? 35 : 15;
        Circumstance circumstance = roll < abroadShare ? Circumstance.BELIEVED_ABROAD
                : roll < abroadShare + 20 ? Circumstance.NO_FIXED_ABODE : Circumstance.OTHER;
        String country = circumstance == Circumstance.BELIEVED_ABROAD
                ? List.of("IE", "ES", "PL", "RO", "PK", "IN", "JM", "TH", "US").get(random.nextInt(9)) : null;
        LocalDate warrantDue = since.plusDays(14 + random.nextInt(60));
        LocalDate warrant = random.nextInt(10) < 7 && warrantDue.isBefore(AS_OF) ? warrantDue : null;
        LocalDate located = random.nextInt(8) == 0 ? null : between(AS_OF.plusDays(1), today.minusDays(60), random);
        return new MissingCase(force, since, circumstance, country, warrant, located);
    }

    private static LocalDate between(LocalDate from, LocalDate to, Random random) {
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return from.plusDays((long) (random.nextDouble() * span));
    }
}
