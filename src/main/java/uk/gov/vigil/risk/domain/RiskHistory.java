package uk.gov.vigil.risk.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An offender's assessments in order, and what the schedule and the priority read from them: the current level,
 * since when it has held unbroken, and the level before.
 */
public record RiskHistory(List<RiskAssessment> oldestFirst) {

    public static final Comparator<RiskAssessment> ORDER = Comparator.comparing(RiskAssessment::assessedOn)
            .thenComparing(RiskAssessment::recordedAt);

    public RiskHistory {
        oldestFirst = oldestFirst.stream().sorted(ORDER).toList();
    }

    public Optional<RiskAssessment> latest() {
        return oldestFirst.isEmpty() ? Optional.empty() : Optional.of(oldestFirst.get(oldestFirst.size() - 1));
    }

    public Optional<RiskLevel> level() {
        return latest().map(RiskAssessment::level);
    }

    /** The date of the first assessment in the unbroken run of assessments at the current level. */
    public Optional<LocalDate> levelSince() {
        return runStart().map(i -> oldestFirst.get(i).assessedOn());
    }

    /** The level before the current run, if the level has changed. */
    public Optional<RiskLevel> previousLevel() {
        return runStart().filter(i -> i > 0).map(i -> oldestFirst.get(i - 1).level());
    }

    /** The first assessment ever recorded: when risk management began. */
    public Optional<LocalDate> firstAssessed() {
        return oldestFirst.isEmpty() ? Optional.empty() : Optional.of(oldestFirst.get(0).assessedOn());
    }

    private Optional<Integer> runStart() {
        if (oldestFirst.isEmpty()) {
            return Optional.empty();
        }
        RiskLevel current = oldestFirst.get(oldestFirst.size() - 1).level();
        int i = oldestFirst.size() - 1;
        while (i > 0 && oldestFirst.get(i - 1).level() == current) {
            i--;
        }
        return Optional.of(i);
    }
}
