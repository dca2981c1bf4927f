package uk.gov.vigil.whereabouts.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import uk.gov.vigil.agency.Agency;
import uk.gov.vigil.whereabouts.domain.CaseTerms.Circumstance;

/**
 * The whereabouts-unknown figures for a date, computed from the cases that count on it. Every police force is
 * listed, with zero where it has none. No identities: only counts and dates.
 */
public final class WhereaboutsFigures {

    private WhereaboutsFigures() {
    }

    /** A case that counts on the date: its force, when whereabouts became unknown, and why. */
    public record UnknownCase(String agencyCode, LocalDate since, Circumstance circumstance) {
    }

    /**
     * @param overOneYear  cases unknown for more than 365 days
     * @param longestSince the earliest date whereabouts became unknown among the force's cases, or null
     */
    public record AgencyFigures(String code, String name, int count, int overOneYear, LocalDate longestSince,
            Long longestDays, int believedAbroad, int noFixedAbode) {
    }

    public record DurationBands(int underOneMonth, int oneToTwelveMonths, int oneToFiveYears, int fiveToTenYears,
            int overTenYears) {
    }

    public record Longest(String agencyCode, String agencyName, LocalDate since, long days) {
    }

    public record Figures(LocalDate asOf, int total, List<AgencyFigures> agencies, Longest longest,
            DurationBands durationBands) {
    }

    public static Figures compute(LocalDate asOf, List<UnknownCase> cases, List<Agency> policeForces) {
        Map<String, List<UnknownCase>> byAgency = cases.stream()
                .collect(Collectors.groupingBy(UnknownCase::agencyCode));
        List<AgencyFigures> agencies = new ArrayList<>();
        for (Agency force : policeForces) {
            List<UnknownCase> own = byAgency.getOrDefault(force.code(), List.of());
            LocalDate longestSince = own.stream().map(UnknownCase::since).min(Comparator.naturalOrder()).orElse(null);
            agencies.add(new AgencyFigures(force.code(), force.name(), own.size(),
                    (int) own.stream().filter(c -> days(c.since(), asOf) > 365).count(), longestSince,
                    longestSince == null ? null : days(longestSince, asOf),
                    count(own, Circumstance.BELIEVED_ABROAD), count(own, Circumstance.NO_FIXED_ABODE)));
        }
        Longest longest = cases.stream().min(Comparator.comparing(UnknownCase::since))
                .map(c -> new Longest(c.agencyCode(), policeForces.stream().filter(f -> f.code().equals(c.agencyCode()))
                        .map(Agency::name).findFirst().orElse(c.agencyCode()), c.since(), days(c.since(), asOf)))
                .orElse(null);
        int[] bands = new int[5];
        for (UnknownCase c : cases) {
            Period p = Period.between(c.since(), asOf);
            int band = p.toTotalMonths() < 1 ? 0 : p.getYears() < 1 ? 1 : p.getYears() < 5 ? 2 : p.getYears() < 10 ? 3 : 4;
            bands[band]++;
        }
        return new Figures(asOf, cases.size(), agencies, longest,
                new DurationBands(bands[0], bands[1], bands[2], bands[3], bands[4]));
    }

    private static long days(LocalDate since, LocalDate asOf) {
        return ChronoUnit.DAYS.between(since, asOf);
    }

    private static int count(List<UnknownCase> cases, Circumstance circumstance) {
        return (int) cases.stream().filter(c -> c.circumstance() == circumstance).count();
    }
}
