package org.fundguard.governance.inspections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.fundguard.governance.credit.CreditGrade;

/**
 * The double random draw (双随机): random targets, stratified by credit grade, and random inspectors
 * for each, avoiding conflicts of interest. A pure function of (directory, last year's pairings,
 * ratios, inspectors per target, seed): the same inputs give the same draw on any machine.
 *
 * <p>Targets: for each grade A..D, the stratum's targets in code order are shuffled by a partial
 * Fisher–Yates pass over stream "select:&lt;grade&gt;" (for i = 0..k-1, swap i with i + below(n - i)) and the
 * first k are taken. Inspectors: for each drawn target, the eligible inspectors in id order are shuffled
 * the same way over stream "assign:&lt;target code&gt;" and the first m are taken. Per-target streams make
 * one target's inspectors independent of which other targets were drawn.
 */
public final class RandomDraw {
    /** 《行政处罚法》(2021) 第四十二条: 执法人员不得少于两人. */
    public static final int MINIMUM_INSPECTORS = 2;

    private RandomDraw() {
    }

    public static Draw draw(Directory directory, List<Pairing> previous, DrawRatios ratios, int inspectorsPerTarget,
            String seed) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(ratios, "ratios");
        if (seed == null || seed.isBlank()) {
            throw new IllegalArgumentException("the seed must be published and not empty");
        }
        if (inspectorsPerTarget < MINIMUM_INSPECTORS) {
            throw new IllegalArgumentException("at least " + MINIMUM_INSPECTORS
                    + " inspectors per target (行政处罚法 第四十二条), got " + inspectorsPerTarget);
        }
        String snapshot = Snapshot.sha256(Snapshot.canonical(directory, previous, ratios, inspectorsPerTarget));
        Set<Pairing> lastYear = new HashSet<>(previous);

        List<Draw.Stratum> strata = new ArrayList<>();
        List<InspectionTarget> drawn = new ArrayList<>();
        for (CreditGrade g : CreditGrade.values()) {
            List<InspectionTarget> stratum = directory.targets().stream().filter(t -> t.creditGrade() == g).toList();
            int k = ratios.drawCount(g, stratum.size());
            drawn.addAll(firstOfShuffle(stratum, k, new DrawStream(seed, snapshot, "select:" + g.name())));
            strata.add(new Draw.Stratum(g, stratum.size(), ratios.permille(g), k));
        }
        drawn.sort(Comparator.comparing(InspectionTarget::code));

        List<Draw.Assignment> assignments = new ArrayList<>(drawn.size());
        for (InspectionTarget t : drawn) {
            List<Inspector> eligible = new ArrayList<>();
            int sameOrRelated = 0;
            int pairedLastYear = 0;
            for (Inspector i : directory.inspectors()) {
                if (i.conflictWith(t) != null) {
                    sameOrRelated++;
                } else if (lastYear.contains(new Pairing(t.code(), i.id()))) {
                    pairedLastYear++;
                } else {
                    eligible.add(i);
                }
            }
            if (eligible.size() < inspectorsPerTarget) {
                throw new AvoidanceException(t.code(), "cannot staff target " + t.code() + " " + t.name() + ": needs "
                        + inspectorsPerTarget + " inspectors but only " + eligible.size() + " of "
                        + directory.inspectors().size() + " are eligible (" + sameOrRelated
                        + " from or related to unit " + t.unit() + ", " + pairedLastYear
                        + " inspected it last year); add inspectors to the directory or draw from a wider pool");
            }
            List<Inspector> team = new ArrayList<>(firstOfShuffle(eligible, inspectorsPerTarget,
                    new DrawStream(seed, snapshot, "assign:" + t.code())));
            team.sort(Comparator.comparing(Inspector::id));
            assignments.add(new Draw.Assignment(t, team));
        }
        return new Draw(seed, snapshot, inspectorsPerTarget, strata, assignments);
    }

    /** The canonical serialisation the snapshot hash is taken over, for publication beside the draw. */
    public static String canonicalInputs(Directory directory, List<Pairing> previous, DrawRatios ratios,
            int inspectorsPerTarget) {
        return Snapshot.canonical(directory, previous, ratios, inspectorsPerTarget);
    }

    private static <T> List<T> firstOfShuffle(List<T> items, int k, DrawStream stream) {
        List<T> a = new ArrayList<>(items);
        int n = a.size();
        for (int i = 0; i < k; i++) {
            int j = i + stream.below(n - i);
            T tmp = a.get(i);
            a.set(i, a.get(j));
            a.set(j, tmp);
        }
        return a.subList(0, k);
    }
}
