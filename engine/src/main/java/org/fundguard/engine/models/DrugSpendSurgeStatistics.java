package org.fundguard.engine.models;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per institution and calendar month: spend on key-monitored items (catalogue key_monitored), the
 * fund's share of it, and the number of visits (the institution's patient volume). Small (institutions
 * × months) and additive, so partitions merge by summing.
 */
public final class DrugSpendSurgeStatistics implements Serializable {
    static final int SPEND = 0;
    static final int FUND = 1;
    static final int VISITS = 2;

    private final Map<String, TreeMap<Integer, long[]>> monthly = new HashMap<>();

    void add(String institution, int month, long keySpendFen, long keyFundFen, long visits) {
        long[] m = monthly.computeIfAbsent(institution, k -> new TreeMap<>()).computeIfAbsent(month, k -> new long[3]);
        m[SPEND] += keySpendFen;
        m[FUND] += keyFundFen;
        m[VISITS] += visits;
    }

    DrugSpendSurgeStatistics mergeFrom(DrugSpendSurgeStatistics other) {
        other.monthly.forEach((inst, months) -> months.forEach((month, v) -> add(inst, month, v[SPEND], v[FUND], v[VISITS])));
        return this;
    }

    /** Months as year × 12 + (month − 1), each {spend, fund share, visits}; empty when unknown. */
    TreeMap<Integer, long[]> monthsOf(String institution) {
        return monthly.getOrDefault(institution, new TreeMap<>());
    }

    Iterable<String> institutions() {
        return monthly.keySet();
    }

    /** First and last month of the region's data, or null when empty. */
    int[] monthRange() {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (TreeMap<Integer, long[]> m : monthly.values()) {
            if (!m.isEmpty()) {
                lo = Math.min(lo, m.firstKey());
                hi = Math.max(hi, m.lastKey());
            }
        }
        return lo > hi ? null : new int[] {lo, hi};
    }
}
