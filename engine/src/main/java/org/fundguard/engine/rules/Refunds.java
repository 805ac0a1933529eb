package org.fundguard.engine.rules;

import org.fundguard.core.FeeDetail;

/**
 * Refund lines (negative cnt) net out their originals within a visit: each refund cancels the latest
 * earlier line of the same code (same price first, then any price; an original charged after the
 * refund as a last resort, for exports with skewed clocks). What is left is each line's effective
 * count and amount; a line netted to zero is gone.
 */
final class Refunds {
    private Refunds() {
    }

    /** Nets lines [from, to) in place; flags must carry F_REFUND for refund lines on entry. */
    static void net(FeeDetail[] lines, int from, int to, long[] effCnt, long[] effAmt, byte[] flags) {
        for (int r = from; r < to; r++) {
            if ((flags[r] & PersonAudit.F_REFUND) == 0) {
                continue;
            }
            long remaining = -effCnt[r];
            long remainingAmt = -effAmt[r];
            String code = lines[r].listCode();
            long price = lines[r].priceFen();
            for (int pass = 0; pass < 2 && remaining > 0; pass++) {
                for (int dir = 0; dir < 2 && remaining > 0; dir++) {
                    int start = dir == 0 ? r - 1 : r + 1;
                    int step = dir == 0 ? -1 : 1;
                    for (int o = start; o >= from && o < to && remaining > 0; o += step) {
                        if ((flags[o] & PersonAudit.F_REFUND) != 0 || effCnt[o] <= 0 || !lines[o].listCode().equals(code)
                                || (pass == 0 && lines[o].priceFen() != price)) {
                            continue;
                        }
                        long t = Math.min(remaining, effCnt[o]);
                        long a = t == effCnt[o] ? effAmt[o] : Math.min(remainingAmt, Amounts.scale(effAmt[o], t, effCnt[o]));
                        effCnt[o] -= t;
                        effAmt[o] -= a;
                        remaining -= t;
                        remainingAmt -= a;
                        if (effCnt[o] == 0) {
                            flags[o] |= PersonAudit.F_GONE;
                        }
                    }
                }
            }
        }
    }
}
