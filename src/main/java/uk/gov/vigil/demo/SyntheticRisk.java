package uk.gov.vigil.demo;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import uk.gov.vigil.offender.domain.OffenderDetails;
import uk.gov.vigil.offender.domain.RecordStatus;
import uk.gov.vigil.risk.application.RiskInputs;
import uk.gov.vigil.risk.domain.MappaCategory;
import uk.gov.vigil.risk.domain.MappaLevel;
import uk.gov.vigil.risk.domain.MappaMeeting;
import uk.gov.vigil.risk.domain.RiskLevel;
import uk.gov.vigil.risk.domain.RiskTool;
import uk.gov.vigil.risk.domain.VisitOutcome;
import uk.gov.vigil.risk.domain.VisitPolicy;

/**
 * Made-up risk management for a synthetic offender: the March 2016 risk mix (2% very high, 18% high, 30% medium,
 * the rest low), assessments mostly within their yearly review, visits mostly within their interval with the kind
 * of backlog inspections found, a few failed visits, MAPPA category 1 with a few at level 2 or 3, and reactive
 * management proposed for some long-stable low-risk offenders. The same seed gives the same histories.
 */
final class SyntheticRisk {

    private static final String[] OFFICERS = {"DC Patel", "DC Evans", "PC Okafor", "DS Murray", "PC Nowak",
        "DC Hughes", "PC Begum", "DS Clarke"};

    private final Random random;
    private final LocalDate today;

    SyntheticRisk(long seed, LocalDate today) {
        this.random = new Random(seed ^ 0x7157_2016L);
        this.today = today;
    }

    RiskInputs.History history(OffenderDetails details) {
        RiskLevel level = level();
        LocalDate assessed = today.minusDays(random.nextInt(400));
        List<RiskInputs.Assessment> assessments = new ArrayList<>();
        LocalDate levelSince = assessed;
        if (random.nextInt(4) == 0) {
            RiskLevel earlier = RiskLevel.values()[Math.max(0, Math.min(3, level.ordinal()
                    + (random.nextBoolean() ? 1 : -1)))];
            LocalDate on = assessed.minusDays(365 + random.nextInt(730));
            assessments.add(assessment(on, earlier));
            if (earlier == level) {
                levelSince = on;
            }
        } else if (level == RiskLevel.LOW && random.nextBoolean()) {
            levelSince = assessed.minusYears(3 + random.nextInt(3));
            assessments.add(assessment(levelSince, RiskLevel.LOW));
        }
        assessments.add(assessment(assessed, level));
        List<RiskInputs.Visit> visits = details.status() == RecordStatus.ACTIVE ? visits(level, levelSince)
                : List.of();
        MappaLevel mappaLevel = mappaLevel(level);
        String force = details.management().managingAgency();
        RiskInputs.Arrangement mappa = new RiskInputs.Arrangement(MappaCategory.CATEGORY_1, mappaLevel, force,
                levelSince);
        RiskInputs.Meeting meeting = mappaLevel.holdsMeetings() ? meeting(details, mappaLevel) : null;
        boolean longStable = level == RiskLevel.LOW && !levelSince.plusYears(3).isAfter(today);
        String reactive = longStable && random.nextBoolean()
                ? "Low risk and stable for over 3 years: settled address, no concerns at recent visits" : null;
        return new RiskInputs.History(assessments, visits, mappa, meeting, reactive);
    }

    private RiskLevel level() {
        int p = random.nextInt(100);
        return p < 2 ? RiskLevel.VERY_HIGH : p < 20 ? RiskLevel.HIGH : p < 50 ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }

    private RiskInputs.Assessment assessment(LocalDate on, RiskLevel level) {
        int t = random.nextInt(100);
        RiskTool tool = t < 40 ? RiskTool.RISK_MATRIX_2000 : t < 80 ? RiskTool.ARMS : t < 95 ? RiskTool.OASYS_OSP_C
                : RiskTool.OASYS_OSP_I;
        String score = tool == RiskTool.RISK_MATRIX_2000 ? "/S " + level.label()
                : tool == RiskTool.ARMS ? null : level.label();
        return new RiskInputs.Assessment(tool, null, on, OFFICERS[random.nextInt(OFFICERS.length)], score, level,
                null, null);
    }

    /** Two or three visits ending with the last completed one; about one in eight overdue, as inspections found. */
    private List<RiskInputs.Visit> visits(RiskLevel level, LocalDate since) {
        Period interval = VisitPolicy.NPCC_2017.interval(level);
        long intervalDays = ChronoUnit.DAYS.between(today.minus(interval), today);
        List<RiskInputs.Visit> visits = new ArrayList<>();
        LocalDate last = today.minusDays((long) (intervalDays * random.nextDouble() * 1.15));
        if (last.isBefore(since)) {
            LocalDate soonAfter = since.plusDays(random.nextInt(10));
            last = soonAfter.isAfter(today) ? today : soonAfter;
        }
        LocalDate earlier = last.minus(interval);
        if (!earlier.isBefore(since)) {
            visits.add(visit(earlier, VisitOutcome.SEEN));
        }
        visits.add(visit(last, random.nextInt(5) == 0 ? VisitOutcome.ADDRESS_VERIFIED : VisitOutcome.SEEN));
        int failed = random.nextInt(100) < 6 ? 1 : 0;
        if (failed == 1 && random.nextInt(4) == 0) {
            failed = 2;
        }
        for (int i = 1; i <= failed; i++) {
            LocalDate on = last.plusDays(7L * i + random.nextInt(7));
            if (on.isAfter(today)) {
                break;
            }
            visits.add(visit(on, random.nextInt(3) == 0 ? VisitOutcome.REFUSED_ENTRY : VisitOutcome.NOT_SEEN));
        }
        return visits;
    }

    private RiskInputs.Visit visit(LocalDate on, VisitOutcome outcome) {
        String concerns = outcome == VisitOutcome.REFUSED_ENTRY ? "Spoke through the door; would not let officers in"
                : random.nextInt(10) == 0 ? "New mobile phone seen; not yet notified" : null;
        return new RiskInputs.Visit(on, List.of(OFFICERS[random.nextInt(OFFICERS.length)],
                OFFICERS[random.nextInt(OFFICERS.length)]).stream().distinct().toList(), random.nextInt(3) == 0,
                outcome, concerns, outcome == VisitOutcome.SEEN && random.nextInt(4) == 0);
    }

    private MappaLevel mappaLevel(RiskLevel level) {
        int p = random.nextInt(1000);
        if (level == RiskLevel.VERY_HIGH) {
            return p < 150 ? MappaLevel.LEVEL_3 : p < 700 ? MappaLevel.LEVEL_2 : MappaLevel.LEVEL_1;
        }
        if (level == RiskLevel.HIGH) {
            return p < 80 ? MappaLevel.LEVEL_2 : MappaLevel.LEVEL_1;
        }
        return MappaLevel.LEVEL_1;
    }

    private RiskInputs.Meeting meeting(OffenderDetails details, MappaLevel level) {
        String force = details.management().managingAgency();
        List<MappaMeeting.Attendee> attendees = new ArrayList<>();
        attendees.add(new MappaMeeting.Attendee(force, OFFICERS[random.nextInt(OFFICERS.length)] + ", MOSOVO"));
        String probation = details.management().probationAgency();
        if (probation != null) {
            attendees.add(new MappaMeeting.Attendee(probation, "Probation officer"));
        }
        LocalDate held = today.minusDays(7 + random.nextInt(50));
        String manager = details.management().offenderManager();
        List<RiskInputs.Action> actions = List.of(
                new RiskInputs.Action("Unannounced home visit, varying the day and time",
                        manager == null ? "Offender manager" : manager, force, manager,
                        held.plusDays(14 + random.nextInt(30))),
                new RiskInputs.Action("Check the notified vehicle and mobile phone", "Offender manager", force, manager,
                        held.plusDays(30 + random.nextInt(30))));
        return new RiskInputs.Meeting(held, level, attendees, "Level " + level.number() + " review. Risk factors and "
                + "protective factors discussed; the plan was agreed with the actions below.", actions);
    }
}
