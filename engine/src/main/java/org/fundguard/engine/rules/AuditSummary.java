package org.fundguard.engine.rules;

import java.util.Map;

/**
 * What one audit run did: how much it read and, per rule (source), how many findings with which amounts.
 */
public record AuditSummary(long persons, long visits, long lines, long findings, Map<String, Tally> byRule) {
    public AuditSummary {
        byRule = Map.copyOf(byRule);
    }

    /** Findings of one rule: count, violation amount and fund share in fen. */
    public record Tally(long count, long amountFen, long fundShareFen) {
        Tally plus(long amount, long fund) {
            return new Tally(count + 1, amountFen + amount, fundShareFen + fund);
        }
    }

    public Tally total() {
        long c = 0;
        long a = 0;
        long f = 0;
        for (Tally t : byRule.values()) {
            c += t.count();
            a += t.amountFen();
            f += t.fundShareFen();
        }
        return new Tally(c, a, f);
    }
}
