package org.fundguard.governance.inspections;

/** One inspector sent to one target in a draw; last year's pairings may not repeat. */
public record Pairing(String targetCode, String inspectorId) implements Comparable<Pairing> {
    @Override
    public int compareTo(Pairing o) {
        int c = targetCode.compareTo(o.targetCode);
        return c != 0 ? c : inspectorId.compareTo(o.inspectorId);
    }
}
