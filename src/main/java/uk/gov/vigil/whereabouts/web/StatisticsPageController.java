package uk.gov.vigil.whereabouts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.gov.vigil.access.VigilUser;
import uk.gov.vigil.rules.EnglandAndWales;
import uk.gov.vigil.shared.web.DateInput;
import uk.gov.vigil.whereabouts.application.WhereaboutsService;
import uk.gov.vigil.whereabouts.domain.WhereaboutsFigures.AgencyFigures;
import uk.gov.vigil.whereabouts.domain.WhereaboutsFigures.Figures;

/**
 * The whereabouts-unknown figures for a chosen date, as a table and a bar chart drawn on the server (so the page
 * needs no JavaScript), with the CSV download. Counts only, never identities, so analysts may see it.
 */
@Controller
class StatisticsPageController {

    private final WhereaboutsService whereabouts;
    private final Clock clock;

    StatisticsPageController(WhereaboutsService whereabouts, Clock clock) {
        this.whereabouts = whereabouts;
        this.clock = clock;
    }

    /** One bar of the chart: a force, its count, and the bar's length as a share of the largest count. */
    record Bar(String name, int count, double share) {
    }

    @GetMapping("/statistics")
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    String statistics(@RequestParam(name = "asOf-day", required = false) String day,
            @RequestParam(name = "asOf-month", required = false) String month,
            @RequestParam(name = "asOf-year", required = false) String year, VigilUser user, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(EnglandAndWales.ZONE));
        LocalDate asOf = today;
        boolean given = day != null || month != null || year != null;
        if (given) {
            asOf = DateInput.parse(day, month, year).orElse(null);
            if (asOf == null) {
                model.addAttribute("error", "Enter a real date, for example 10 3 2015");
                asOf = today;
            } else if (asOf.isAfter(today)) {
                model.addAttribute("error", "The date must be today or in the past");
                asOf = today;
            }
        }
        Figures figures = whereabouts.figures(asOf);
        int largest = figures.agencies().stream().mapToInt(AgencyFigures::count).max().orElse(0);
        List<Bar> bars = figures.agencies().stream().filter(a -> a.count() > 0)
                .sorted(Comparator.comparingInt(AgencyFigures::count).reversed().thenComparing(AgencyFigures::name))
                .map(a -> new Bar(a.name(), a.count(), largest == 0 ? 0 : (double) a.count() / largest))
                .toList();
        model.addAttribute("figures", figures);
        model.addAttribute("bars", bars);
        model.addAttribute("day", given ? day : String.valueOf(asOf.getDayOfMonth()));
        model.addAttribute("month", given ? month : String.valueOf(asOf.getMonthValue()));
        model.addAttribute("year", given ? year : String.valueOf(asOf.getYear()));
        return "statistics";
    }
}
