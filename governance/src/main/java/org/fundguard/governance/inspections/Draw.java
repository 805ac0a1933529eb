package org.fundguard.governance.inspections;

import java.util.ArrayList;
import java.util.List;
import org.fundguard.governance.credit.CreditGrade;

/**
 * The published result of a draw: the seed and the SHA-256 of the inputs snapshot (enough for anyone
 * holding the same files to re-run it), the counts per stratum and the assignments, in target-code order.
 */
public record Draw(String seed, String snapshotSha256, int inspectorsPerTarget, List<Stratum> strata,
        List<Assignment> assignments) {
    public Draw {
        strata = List.copyOf(strata);
        assignments = List.copyOf(assignments);
    }

    /** One stratum: how many targets it holds, the ratio applied and how many were drawn. */
    public record Stratum(CreditGrade grade, int population, int ratioPermille, int drawn) {
    }

    /** A drawn target and the inspectors sent to it, by inspector id. */
    public record Assignment(InspectionTarget target, List<Inspector> inspectors) {
        public Assignment {
            inspectors = List.copyOf(inspectors);
        }
    }

    /** Every (target, inspector) pair of this draw: next year's {@code --previous} input. */
    public List<Pairing> pairings() {
        List<Pairing> out = new ArrayList<>();
        for (Assignment a : assignments) {
            for (Inspector i : a.inspectors()) {
                out.add(new Pairing(a.target().code(), i.id()));
            }
        }
        return out;
    }
}
