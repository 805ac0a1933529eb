package org.fundguard.engine.models;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * How much of the non-payable goods (catalogue non_drug) institutions buy ends up on a bill: per
 * institution the units purchased and the units billed. The region's ratio is the yardstick for one
 * institution — where such goods are commonly settled as self-paid lines, an institution that buys
 * them by the case and never bills one has sold them under other codes; where they are never billed
 * anywhere, the signal is silent.
 */
public final class ItemSwapStatistics implements Serializable {
    private final Map<String, long[]> nonDrugByInstitution = new HashMap<>(); // {purchased, billed}

    /** Records the institution's non-drug purchases the first time one of its claims is seen. */
    boolean knows(String institution) {
        return nonDrugByInstitution.containsKey(institution);
    }

    void addInstitution(String institution, long purchasedUnits) {
        nonDrugByInstitution.put(institution, new long[] {purchasedUnits, 0});
    }

    void addBilled(String institution, long units) {
        nonDrugByInstitution.get(institution)[1] += units;
    }

    ItemSwapStatistics mergeFrom(ItemSwapStatistics other) {
        other.nonDrugByInstitution.forEach((inst, v) -> {
            long[] mine = nonDrugByInstitution.get(inst);
            if (mine == null) {
                nonDrugByInstitution.put(inst, v.clone());
            } else {
                mine[1] += v[1]; // purchases come from the region and are the same on both sides
            }
        });
        return this;
    }

    /** Non-drug units billed per unit purchased over the region's institutions that buy them. */
    double regionBilledShare() {
        long purchased = 0;
        long billed = 0;
        for (long[] v : nonDrugByInstitution.values()) {
            if (v[0] > 0) {
                purchased += v[0];
                billed += Math.min(v[0], Math.max(0, v[1]));
            }
        }
        return purchased == 0 ? 0 : billed / (double) purchased;
    }

    long nonDrugPurchased(String institution) {
        long[] v = nonDrugByInstitution.get(institution);
        return v == null ? 0 : v[0];
    }

    long nonDrugBilled(String institution) {
        long[] v = nonDrugByInstitution.get(institution);
        return v == null ? 0 : v[1];
    }
}
