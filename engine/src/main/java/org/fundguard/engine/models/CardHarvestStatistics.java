package org.fundguard.engine.models;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Units of each stock-kept item (drug, herbal piece, consumable) billed per institution over the whole
 * region: a swipe that "sells" an item the institution billed far beyond what it ever bought or held
 * had no stock leaving the shelf (空刷). Gathered in the first pass because an institution's sales
 * spread over several terminals. Also the region's shares of far-away and even-amount visits,
 * the baseline for terminals with too little ordinary traffic of their own.
 */
public final class CardHarvestStatistics implements Serializable {
    private final Map<String, Map<String, long[]>> billedUnits = new HashMap<>();
    private long visits;
    private long farAddress;
    private long farInsurance;
    private long even;

    void addVisit(boolean farByAddress, boolean farByInsurance, boolean evenAmount) {
        visits++;
        farAddress += farByAddress ? 1 : 0;
        farInsurance += farByInsurance ? 1 : 0;
        even += evenAmount ? 1 : 0;
    }

    /** Region-wide shares: the baseline of a terminal whose own ordinary traffic is too thin. */
    double farAddressShare() {
        return share(farAddress);
    }

    double farInsuranceShare() {
        return share(farInsurance);
    }

    double evenShare() {
        return share(even);
    }

    private double share(long n) {
        return visits == 0 ? 0 : n / (double) visits;
    }

    void addBilled(String institution, String item, long cnt) {
        billedUnits.computeIfAbsent(institution, k -> new HashMap<>()).computeIfAbsent(item, k -> new long[1])[0] += cnt;
    }

    CardHarvestStatistics mergeFrom(CardHarvestStatistics other) {
        visits += other.visits;
        farAddress += other.farAddress;
        farInsurance += other.farInsurance;
        even += other.even;
        other.billedUnits.forEach((inst, items) -> {
            Map<String, long[]> mine = billedUnits.computeIfAbsent(inst, k -> new HashMap<>());
            items.forEach((item, n) -> mine.computeIfAbsent(item, k -> new long[1])[0] += n[0]);
        });
        return this;
    }

    Map<String, long[]> billedAt(String institution) {
        return billedUnits.getOrDefault(institution, Map.of());
    }
}
