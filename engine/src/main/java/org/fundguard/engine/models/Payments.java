package org.fundguard.engine.models;

import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.engine.Claim;

/** What a claim cost and what the fund paid for it, from its unreversed settlements. */
final class Payments {
    private Payments() {
    }

    /** Fund payment (fund_pay_sumamt) of the claim's settlements that were not reversed. */
    static long fundPaid(Claim c) {
        long sum = 0;
        for (Settlement s : c.settlements()) {
            if (!s.reversed()) {
                sum += s.fundPaySumFen();
            }
        }
        return sum;
    }

    /** Total medical expenses: the unreversed settlements' medfee_sumamt, or the lines' sum when unsettled. */
    static long medicalFee(Claim c) {
        long sum = 0;
        boolean settled = false;
        for (Settlement s : c.settlements()) {
            if (!s.reversed()) {
                sum += s.medfeeSumFen();
                settled = true;
            }
        }
        if (settled) {
            return sum;
        }
        for (FeeDetail l : c.lines()) {
            sum += l.amountFen();
        }
        return sum;
    }

    /** The fund's part of {@code amountFen} at the claim's own fund ratio (fund payment / expenses). */
    static long fundShare(Claim c, long amountFen) {
        long fee = medicalFee(c);
        if (fee <= 0) {
            return 0;
        }
        return Math.min(amountFen, Math.round(amountFen * (fundPaid(c) / (double) fee)));
    }
}
