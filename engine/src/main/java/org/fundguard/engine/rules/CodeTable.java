package org.fundguard.engine.rules;

import java.util.Map;

/**
 * The per-line lookup of a code's plan: open addressing over parallel key and value arrays, so a hit
 * costs the code's cached hash, one key slot and one value slot — and usually no equals, because the
 * readers intern codes and the first comparison is by reference.
 */
final class CodeTable {
    private final String[] keys;
    private final CodePlan[] values;
    private final int mask;

    CodeTable(Map<String, CodePlan> plans) {
        int cap = Integer.highestOneBit(Math.max(16, plans.size() * 2) - 1) << 1;
        keys = new String[cap];
        values = new CodePlan[cap];
        mask = cap - 1;
        for (Map.Entry<String, CodePlan> e : plans.entrySet()) {
            int i = spread(e.getKey().hashCode()) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = e.getKey();
            values[i] = e.getValue();
        }
    }

    CodePlan get(String code) {
        int i = spread(code.hashCode()) & mask;
        String k;
        while ((k = keys[i]) != null) {
            if (k == code || k.equals(code)) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
