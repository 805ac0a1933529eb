package org.fundguard.engine.models;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A mergeable histogram of non-negative values on a logarithmic grid (5 % wide buckets, zero kept
 * apart), for robust peer statistics (quantiles) gathered in a distributed fold. Mutable, but only
 * while the statistics fold runs.
 */
final class QuantileSketch implements Serializable {
    private static final double LOG_GROWTH = Math.log(1.05);

    private int[] counts = new int[1];
    private long total;

    void add(double value) {
        int b = bucket(value);
        if (b >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(b + 1, counts.length * 2));
        }
        counts[b]++;
        total++;
    }

    QuantileSketch merge(QuantileSketch other) {
        if (other.counts.length > counts.length) {
            counts = Arrays.copyOf(counts, other.counts.length);
        }
        for (int i = 0; i < other.counts.length; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        return this;
    }

    long count() {
        return total;
    }

    /** The q-quantile (0..1), to the bucket's resolution; 0 when empty. */
    double quantile(double q) {
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.floor(q * (total - 1));
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen > rank) {
                return value(b);
            }
        }
        return value(counts.length - 1);
    }

    double median() {
        return quantile(0.5);
    }

    private static int bucket(double value) {
        if (!(value > 1e-9)) {
            return 0;
        }
        return 1 + (int) Math.floor(Math.log1p(value) / LOG_GROWTH);
    }

    private static double value(int bucket) {
        return bucket == 0 ? 0 : Math.expm1((bucket - 0.5) * LOG_GROWTH);
    }
}
