package org.fundguard.engine.models;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.fundguard.core.Institution;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Region;

/**
 * Region statistics of inpatient care intensity: care lines per day of stays, by main-diagnosis
 * prefix and hospital level (like with like), with the level alone as the fallback for rare
 * diagnoses; and how many stays share each fee-list fingerprint. Mutable only inside the fold.
 */
final class CarePeers implements Serializable {
    private final Map<String, QuantileSketch> byCell = new HashMap<>();
    private final Map<Long, Integer> signatures = new HashMap<>();

    void add(StayProfile stay, Region region, int minLengthOfStay, int diagPrefixLength) {
        if (stay.lengthOfStay >= minLengthOfStay) {
            String level = levelOf(stay.claim, region);
            double rate = stay.careLinesPerDay();
            byCell.computeIfAbsent(cell(stay.claim, level, diagPrefixLength), k -> new QuantileSketch()).add(rate);
            byCell.computeIfAbsent(level, k -> new QuantileSketch()).add(rate);
        }
        if (stay.lines > 0) {
            signatures.merge(stay.signature, 1, Integer::sum);
        }
    }

    CarePeers merge(CarePeers other) {
        other.byCell.forEach((k, v) -> byCell.merge(k, v, QuantileSketch::merge));
        other.signatures.forEach((k, v) -> signatures.merge(k, v, Integer::sum));
        return this;
    }

    /** The peers of a stay: same diagnosis prefix and level when there are enough, else the level. */
    QuantileSketch peersOf(Claim claim, Region region, int diagPrefixLength, int minPeers) {
        String level = levelOf(claim, region);
        QuantileSketch cell = byCell.get(cell(claim, level, diagPrefixLength));
        if (cell != null && cell.count() >= minPeers) {
            return cell;
        }
        QuantileSketch all = byCell.get(level);
        return all != null && all.count() >= minPeers ? all : null;
    }

    /** How many stays of the region have exactly this fee list. */
    int staysWithSignature(long signature) {
        return signatures.getOrDefault(signature, 0);
    }

    private static String cell(Claim claim, String level, int diagPrefixLength) {
        return level + '|' + Diagnoses.prefix(claim.visit().mainDiag(), diagPrefixLength);
    }

    private static String levelOf(Claim claim, Region region) {
        Institution i = region.institution(claim.visit().institutionCode());
        return i == null || i.level() == null ? "?" : i.level().code();
    }
}
