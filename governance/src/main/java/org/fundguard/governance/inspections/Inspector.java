package org.fundguard.governance.inspections;

import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A row of the inspector and expert directory (执法检查人员/专家名录库). {@code relations} lists the units
 * and institutions the person is related to (former employer, relatives' employers, part-time posts),
 * declared for the conflict-of-interest checks.
 */
public record Inspector(String id, String name, String qualification, String unit, SortedSet<String> relations) {
    public Inspector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        relations = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(relations));
    }

    /** Why this person may not inspect the target, or null when they may (leaving last year's pairing aside). */
    String conflictWith(InspectionTarget t) {
        if (unit.equals(t.unit()) || unit.equals(t.code())) {
            return "same unit " + unit;
        }
        if (relations.contains(t.unit()) || relations.contains(t.code())) {
            return "related to " + (relations.contains(t.code()) ? t.code() : t.unit());
        }
        return null;
    }
}
