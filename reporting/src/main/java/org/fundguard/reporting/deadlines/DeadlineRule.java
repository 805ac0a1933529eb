package org.fundguard.reporting.deadlines;

import java.util.Set;

/** One handling period from deadlines.tsv. */
public record DeadlineRule(String id, HandlingEvent starts, Set<HandlingEvent> ends, int workingDays, boolean namedOnly,
        int warnDays, boolean confirmed, String source, String text) {
    public DeadlineRule {
        ends = Set.copyOf(ends);
    }
}
