package org.fundguard.engine.models;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The case mix behind key-monitored spend (catalogue key_monitored). Region-wide: key spend and visits
 * per case (visit type and 3-character ICD-10 category of the main diagnosis), which gives what a
 * visit of that case costs in key items anywhere in the region. Per institution and calendar month:
 * its key spend, the fund's share of it, its visits, and its visits per case — so what its patients
 * would have cost at regional rates can be set against what they did cost. Additive: partitions merge
 * by summing.
 */
public final class DrugSpendSurgeStatistics implements Serializable {
    private final Map<String, long[]> regionByCase = new HashMap<>(); // {key spend, visits}
    private final Map<String, TreeMap<Integer, Month>> monthly = new HashMap<>();

    /** One institution's month. */
    static final class Month implements Serializable {
        long spend;
        long fund;
        long visits;
        final Map<String, long[]> visitsByCase = new HashMap<>();

        void add(Month other) {
            spend += other.spend;
            fund += other.fund;
            visits += other.visits;
            other.visitsByCase.forEach((c, n) -> visitsByCase.computeIfAbsent(c, k -> new long[1])[0] += n[0]);
        }
    }

    void add(String institution, int month, String caseKey, long keySpendFen, long keyFundFen) {
        long[] r = regionByCase.computeIfAbsent(caseKey, k -> new long[2]);
        r[0] += keySpendFen;
        r[1]++;
        Month m = monthly.computeIfAbsent(institution, k -> new TreeMap<>()).computeIfAbsent(month, k -> new Month());
        m.spend += keySpendFen;
        m.fund += keyFundFen;
        m.visits++;
        m.visitsByCase.computeIfAbsent(caseKey, k -> new long[1])[0]++;
    }

    DrugSpendSurgeStatistics mergeFrom(DrugSpendSurgeStatistics other) {
        other.regionByCase.forEach((c, v) -> {
            long[] r = regionByCase.computeIfAbsent(c, k -> new long[2]);
            r[0] += v[0];
            r[1] += v[1];
        });
        other.monthly.forEach((inst, months) -> months.forEach((month, m) -> monthly
                .computeIfAbsent(inst, k -> new TreeMap<>()).computeIfAbsent(month, k -> new Month()).add(m)));
        return this;
    }

    /** The region's key spend per visit of this case, in fen (0 when the case never had key items). */
    double regionalRate(String caseKey) {
        long[] r = regionByCase.get(caseKey);
        return r == null || r[1] == 0 ? 0 : r[0] / (double) r[1];
    }

    /** Months as year × 12 + (month − 1); empty when unknown. */
    TreeMap<Integer, Month> monthsOf(String institution) {
        return monthly.getOrDefault(institution, new TreeMap<>());
    }

    Iterable<String> institutions() {
        return monthly.keySet();
    }

    /** First and last month of the region's data, or null when empty. */
    int[] monthRange() {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (TreeMap<Integer, Month> m : monthly.values()) {
            if (!m.isEmpty()) {
                lo = Math.min(lo, m.firstKey());
                hi = Math.max(hi, m.lastKey());
            }
        }
        return lo > hi ? null : new int[] {lo, hi};
    }
}
