package org.fundguard.engine.models;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per peer cell (hospital level, outpatient or inpatient, ICD-10 category), each institution's visit
 * count and summed service intensity. The expectation for a visit is the median over the other
 * institutions of their mean in the cell: a median of institutions, so that a minority of
 * over-servicing institutions cannot raise the bar for each other. Mutable only inside the fold.
 */
final class ServicePeers implements Serializable {
    private final Map<String, Map<String, long[]>> byCell = new HashMap<>();

    void add(String cell, String institution, long value) {
        long[] c = byCell.computeIfAbsent(cell, k -> new HashMap<>()).computeIfAbsent(institution, k -> new long[2]);
        c[0]++;
        c[1] += value;
    }

    ServicePeers merge(ServicePeers other) {
        other.byCell.forEach((cell, m) -> {
            Map<String, long[]> mine = byCell.computeIfAbsent(cell, k -> new HashMap<>());
            m.forEach((inst, c) -> mine.merge(inst, c, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
        });
        return this;
    }

    /**
     * The median over other institutions with at least {@code minVisits} visits in the cell of their
     * mean intensity, or NaN when fewer than {@code minInstitutions} such institutions exist.
     */
    double peerMedian(String cell, String exceptInstitution, int minVisits, int minInstitutions) {
        Map<String, long[]> m = byCell.get(cell);
        if (m == null) {
            return Double.NaN;
        }
        List<Double> means = new ArrayList<>();
        m.forEach((inst, c) -> {
            if (!inst.equals(exceptInstitution) && c[0] >= minVisits) {
                means.add(c[1] / (double) c[0]);
            }
        });
        if (means.size() < minInstitutions) {
            return Double.NaN;
        }
        Collections.sort(means);
        int n = means.size();
        return n % 2 == 1 ? means.get(n / 2) : (means.get(n / 2 - 1) + means.get(n / 2)) / 2;
    }
}
