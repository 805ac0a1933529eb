package org.fundguard.engine.models;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The region's unit prices per catalogue code, as a histogram of prices in 1 % steps: enough to give
 * the regional median price of an item (to within 1 %) without holding every line, and two partial
 * histograms add up exactly, so the statistics merge across partitions.
 */
public final class EvoucherCashoutStatistics implements Serializable {
    /** Price resolution of the histogram: bins 1 % wide. A representation choice, not a threshold. */
    private static final double LOG_STEP = Math.log(1.01);

    private final Map<String, PriceHistogram> prices = new HashMap<>();

    void addPrice(String item, long priceFen) {
        if (priceFen > 0) {
            prices.computeIfAbsent(item, k -> new PriceHistogram()).add(bin(priceFen), 1);
        }
    }

    EvoucherCashoutStatistics mergeFrom(EvoucherCashoutStatistics other) {
        other.prices.forEach((item, h) -> prices.computeIfAbsent(item, k -> new PriceHistogram()).addAll(h));
        return this;
    }

    /** How many priced lines of the item the region has. */
    long observations(String item) {
        PriceHistogram h = prices.get(item);
        return h == null ? 0 : h.total;
    }

    /** The regional median unit price of the item in fen (to 1 %), or -1 when it was never sold. */
    long medianPriceFen(String item) {
        PriceHistogram h = prices.get(item);
        if (h == null || h.total == 0) {
            return -1;
        }
        long half = (h.total + 1) / 2;
        long seen = 0;
        for (int i = 0; i < h.size; i++) {
            seen += h.counts[i];
            if (seen >= half) {
                return Math.round(Math.exp((h.bins[i] + 0.5) * LOG_STEP));
            }
        }
        return Math.round(Math.exp((h.bins[h.size - 1] + 0.5) * LOG_STEP));
    }

    private static int bin(long priceFen) {
        return (int) Math.floor(Math.log(priceFen) / LOG_STEP);
    }

    /** Sorted bins with counts; an item is sold at a handful of prices, so the arrays stay short. */
    static final class PriceHistogram implements Serializable {
        private int[] bins = new int[4];
        private long[] counts = new long[4];
        private int size;
        private long total;

        void add(int bin, long n) {
            int at = Arrays.binarySearch(bins, 0, size, bin);
            if (at < 0) {
                at = -at - 1;
                if (size == bins.length) {
                    bins = Arrays.copyOf(bins, size * 2);
                    counts = Arrays.copyOf(counts, size * 2);
                }
                System.arraycopy(bins, at, bins, at + 1, size - at);
                System.arraycopy(counts, at, counts, at + 1, size - at);
                bins[at] = bin;
                counts[at] = 0;
                size++;
            }
            counts[at] += n;
            total += n;
        }

        void addAll(PriceHistogram other) {
            for (int i = 0; i < other.size; i++) {
                add(other.bins[i], other.counts[i]);
            }
        }
    }
}
