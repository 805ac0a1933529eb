package org.fundguard.governance.inspections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.fundguard.governance.credit.CreditGrade;

/**
 * The directory snapshot a draw runs on. Both lists are kept in canonical order (targets by code,
 * inspectors by id) so the order of the input files never changes a draw.
 */
public record Directory(List<InspectionTarget> targets, List<Inspector> inspectors) {
    public Directory {
        targets = targets.stream().sorted(Comparator.comparing(InspectionTarget::code)).toList();
        inspectors = inspectors.stream().sorted(Comparator.comparing(Inspector::id)).toList();
        unique(targets.stream().map(InspectionTarget::code).toList(), "target code");
        unique(inspectors.stream().map(Inspector::id).toList(), "inspector id");
    }

    private static void unique(List<String> keys, String what) {
        Set<String> seen = new HashSet<>();
        for (String k : keys) {
            if (!seen.add(k)) {
                throw new IllegalArgumentException("duplicate " + what + " " + k);
            }
        }
    }

    /** The same directory with every target's grade replaced, e.g. from {@code CreditRatings.gradeForDraw}. */
    public Directory withCreditGrades(Function<InspectionTarget, CreditGrade> grade) {
        List<InspectionTarget> regraded = new ArrayList<>(targets.size());
        for (InspectionTarget t : targets) {
            regraded.add(t.withCreditGrade(grade.apply(t)));
        }
        return new Directory(regraded, inspectors);
    }
}
