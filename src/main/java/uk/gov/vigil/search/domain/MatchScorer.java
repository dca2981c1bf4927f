package uk.gov.vigil.search.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores how well a person on the register matches what an officer typed: a name (in either order, against every
 * name the person is known by), what is known of the date of birth, and sex. Pure: the same input always gives
 * the same score and reasons.
 *
 * <p>A name scores 0.55 for the family name and 0.45 for the given names, and a family name that does not match
 * at all keeps it below the threshold: a shared first name is not a match. When a date of birth is searched for,
 * the name counts for 0.6 and the date for 0.4, so a sound-alike name with a different date of birth falls
 * below {@link #THRESHOLD}: two people must not be taken for one because their names sound alike.
 */
public final class MatchScorer {

    /** The version of these weights and levels, recorded with each search so a result can be explained later. */
    public static final String VERSION = "match/2";

    /** Matches scoring below this are not shown. */
    public static final double THRESHOLD = 0.65;

    /** A family name scoring below this is not the same family name, however well the given names match. */
    static final double FAMILY_FLOOR = 0.6;

    private final NameEquivalents equivalents;

    public MatchScorer(NameEquivalents equivalents) {
        this.equivalents = equivalents;
    }

    public Match score(String givenNames, String familyName, BirthDateQuery birth, String sex, Candidate candidate) {
        return prepare(givenNames, familyName, birth, sex).score(candidate);
    }

    /**
     * A search made ready to score many candidates: its names are split into tokens once, and each comparison of
     * a searched token with a name token is remembered, since the same names recur among candidates. Not for
     * sharing between threads.
     */
    public Prepared prepare(String givenNames, String familyName, BirthDateQuery birth, String sex) {
        return new Prepared(NameTokens.of(givenNames), NameTokens.of(familyName), birth, sex);
    }

    public final class Prepared {

        private final List<String> givenQuery;
        private final List<String> familyQuery;
        private final BirthDateQuery birth;
        private final String sex;
        private final Map<String, Map<String, Part>> compared = new HashMap<>();
        private final Map<String, List<String>> tokens = new HashMap<>();

        private Prepared(List<String> givenQuery, List<String> familyQuery, BirthDateQuery birth, String sex) {
            this.givenQuery = givenQuery;
            this.familyQuery = familyQuery;
            this.birth = birth;
            this.sex = sex;
        }

        public Match score(Candidate candidate) {
            NameScore best = null;
            for (Candidate.KnownName name : candidate.names()) {
                NameScore s = nameScore(name);
                if (best == null || s.score > best.score) {
                    best = s;
                }
            }
            List<String> reasons = new ArrayList<>();
            double nameScore = 1.0;
            if (best != null && (!givenQuery.isEmpty() || !familyQuery.isEmpty())) {
                nameScore = best.score;
                reasons.addAll(best.reasons);
            }
            double score = nameScore;
            if (birth != null && birth.given()) {
                Part date = birthScore(birth, candidate.datesOfBirth());
                score = givenQuery.isEmpty() && familyQuery.isEmpty() ? date.score
                        : 0.6 * nameScore + 0.4 * date.score;
                reasons.add(date.reason);
            }
            if (sex != null && candidate.sex() != null && !sex.equals(candidate.sex())) {
                score *= 0.7;
                reasons.add("sex differs");
            }
            return new Match(candidate.offenderId(), Math.round(score * 1000) / 1000.0, reasons);
        }

        private NameScore nameScore(Candidate.KnownName name) {
            List<String> given = tokens(name.givenNames());
            List<String> family = tokens(name.familyName());
            NameScore straight = combine(givenQuery, familyQuery, given, family, false);
            NameScore swapped = combine(familyQuery, givenQuery, given, family, true);
            NameScore better = swapped.score > straight.score ? swapped : straight;
            if (name.alias()) {
                List<String> reasons = new ArrayList<>();
                reasons.add("alias");
                reasons.addAll(better.reasons);
                return new NameScore(better.score, reasons);
            }
            return better;
        }

        private NameScore combine(List<String> searchedGiven, List<String> searchedFamily, List<String> given,
                List<String> family, boolean swapped) {
            List<String> reasons = new ArrayList<>();
            if (swapped) {
                reasons.add("given and family names swapped");
            }
            Part familyPart = searchedFamily.isEmpty() ? null : familyScore(searchedFamily, family);
            Part givenPart = searchedGiven.isEmpty() ? null : givenScore(searchedGiven, given);
            double score;
            if (familyPart != null && givenPart != null) {
                score = 0.55 * familyPart.score + 0.45 * givenPart.score;
                if (familyPart.score < FAMILY_FLOOR) {
                    score = Math.min(score, THRESHOLD - 0.05);
                }
            } else if (familyPart != null) {
                score = familyPart.score;
            } else if (givenPart != null) {
                score = givenPart.score;
            } else {
                score = 0;
            }
            if (familyPart != null) {
                reasons.add("family name " + familyPart.reason);
            }
            if (givenPart != null) {
                reasons.add("given name " + givenPart.reason);
            }
            return new NameScore(swapped ? score * 0.95 : score, reasons);
        }

        /** A family name, whole or as one part of a double-barrelled name. */
        private Part familyScore(List<String> query, List<String> family) {
            if (family.isEmpty()) {
                return new Part(0, "missing");
            }
            String joinedQuery = String.join("", query);
            String joined = String.join("", family);
            Part whole = compare(joinedQuery, joined);
            if (query.size() == family.size() || whole.score >= 0.99) {
                double total = 0;
                for (int i = 0; i < Math.min(query.size(), family.size()); i++) {
                    total += compare(query.get(i), family.get(i)).score;
                }
                Part pairwise = new Part(total / query.size(), whole.reason);
                return whole.score >= pairwise.score ? whole : pairwise;
            }
            Part best = whole;
            for (String q : query) {
                for (String part : family) {
                    Part s = compare(q, part);
                    double partial = s.score * (query.size() == 1 ? 0.95 : 0.8);
                    if (partial > best.score) {
                        best = new Part(partial, s.reason + ", part of a double-barrelled name");
                    }
                }
            }
            return best;
        }

        /**
         * Given names: the first searched name against the person's names (the first counts most), and any further
         * searched names (middle names) against the rest. A middle name the searcher left out costs nothing.
         */
        private Part givenScore(List<String> query, List<String> given) {
            if (given.isEmpty()) {
                return new Part(0, "missing");
            }
            Part first = compare(query.get(0), given.get(0));
            for (int i = 1; i < given.size(); i++) {
                Part other = compare(query.get(0), given.get(i));
                if (other.score * 0.9 > first.score) {
                    first = new Part(other.score * 0.9, other.reason + " (a middle name)");
                }
            }
            if (query.size() == 1) {
                return given.size() > 1 ? new Part(first.score, first.reason + ", middle name not given") : first;
            }
            double middle = 0;
            for (int i = 1; i < query.size(); i++) {
                double bestMiddle = 0;
                for (String g : given) {
                    bestMiddle = Math.max(bestMiddle, compare(query.get(i), g).score);
                }
                middle += bestMiddle;
            }
            middle /= query.size() - 1;
            return new Part(0.8 * first.score + 0.2 * middle, first.reason);
        }

        private Part compare(String query, String name) {
            return compared.computeIfAbsent(query, k -> new HashMap<>()).computeIfAbsent(name,
                    k -> tokenScore(query, name));
        }

        private List<String> tokens(String name) {
            return name == null ? List.of() : tokens.computeIfAbsent(name, NameTokens::of);
        }
    }

    private record NameScore(double score, List<String> reasons) {
    }

    private record Part(double score, String reason) {
    }

    /** One name token against another, by the closest of the kinds of likeness, best first. */
    Part tokenScore(String query, String name) {
        if (query.equals(name)) {
            return new Part(1.0, "exact");
        }
        if (equivalents.equivalent(query, name)) {
            return new Part(0.92, "is another form of the name");
        }
        if (sharesCode(query, name)) {
            return new Part(0.85, "sounds alike");
        }
        int shorter = Math.min(query.length(), name.length());
        // The edit distance is at least the difference in length, and only 1 or 2 matter here.
        int distance = Math.abs(query.length() - name.length()) > 2 ? 3 : Similarity.levenshtein(query, name);
        double jw = Similarity.jaroWinkler(query, name);
        if ((distance == 1 && shorter >= 4) || (distance == 2 && shorter >= 7) || jw >= 0.93) {
            return new Part(0.82, "spelt differently");
        }
        if (jw >= 0.5 && sharesBeiderMorse(query, name)) {
            return new Part(0.82, "sounds alike (Beider-Morse)");
        }
        if (query.length() == 1 && name.startsWith(query)) {
            return new Part(0.7, "initial");
        }
        return new Part(0.5 * jw, "differs");
    }

    private static boolean sharesCode(String a, String b) {
        return !Collections.disjoint(NameKeys.phonetic(a), NameKeys.phonetic(b));
    }

    private static boolean sharesBeiderMorse(String a, String b) {
        return !Collections.disjoint(NameKeys.beiderMorse(a), NameKeys.beiderMorse(b));
    }

    /** The date of birth against every date the person has given. */
    private static Part birthScore(BirthDateQuery birth, List<LocalDate> dates) {
        Part best = new Part(0, "date of birth differs");
        for (LocalDate date : dates) {
            Part s = birthScore(birth, date);
            if (s.score > best.score) {
                best = s;
            }
        }
        return best;
    }

    private static Part birthScore(BirthDateQuery birth, LocalDate date) {
        LocalDate exact = birth.exact();
        if (exact != null) {
            if (exact.equals(date)) {
                return new Part(1.0, "date of birth exact");
            }
            if (exact.getYear() == date.getYear() && exact.getDayOfMonth() == date.getMonthValue()
                    && exact.getMonthValue() == date.getDayOfMonth()) {
                return new Part(0.9, "date of birth with day and month swapped");
            }
            int digits = differingDigits(exact, date);
            if (digits == 1) {
                return new Part(0.85, "date of birth one digit different");
            }
            if (digits == 2) {
                return new Part(0.7, "date of birth two digits different");
            }
            return new Part(0, "date of birth differs");
        }
        if (birth.yearFrom() != null || birth.yearTo() != null) {
            int from = birth.yearFrom() == null ? Integer.MIN_VALUE : birth.yearFrom();
            int to = birth.yearTo() == null ? Integer.MAX_VALUE : birth.yearTo();
            return date.getYear() >= from && date.getYear() <= to ? new Part(1.0, "born within the years given")
                    : new Part(0, "born outside the years given");
        }
        boolean agrees = (birth.year() == null || birth.year() == date.getYear())
                && (birth.month() == null || birth.month() == date.getMonthValue())
                && (birth.day() == null || birth.day() == date.getDayOfMonth());
        return agrees ? new Part(1.0, "date of birth agrees with the part given")
                : new Part(0, "date of birth differs from the part given");
    }

    private static int differingDigits(LocalDate a, LocalDate b) {
        String x = a.toString();
        String y = b.toString();
        int differing = 0;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differing++;
            }
        }
        return differing;
    }
}
