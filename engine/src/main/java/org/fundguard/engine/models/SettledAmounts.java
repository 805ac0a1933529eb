package org.fundguard.engine.models;

import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;
import org.fundguard.engine.Claim;

/** What a claim cost and what the fund paid for it, counting unreversed settlements only. */
final class SettledAmounts {
    private SettledAmounts() {
    }

    /** Total medical expenses settled; the sum of its lines when it was never settled. */
    static long medfee(Claim c) {
        long sum = 0;
        boolean any = false;
        for (Settlement s : c.settlements()) {
            if (!s.reversed()) {
                sum += s.medfeeSumFen();
                any = true;
            }
        }
        if (!any) {
            for (FeeDetail l : c.lines()) {
                sum += l.amountFen();
            }
        }
        return sum;
    }

    /** Pooled fund plus personal account: both are 医保基金 (the personal account is the insured's fund share). */
    static long fund(Claim c) {
        long sum = 0;
        for (Settlement s : c.settlements()) {
            if (!s.reversed()) {
                sum += s.fundPaySumFen() + s.acctPayFen();
            }
        }
        return sum;
    }

    /** The fund's share of an amount of this claim, in proportion to what the fund paid of the whole. */
    static long fundShareOf(Claim c, long amountFen) {
        long medfee = medfee(c);
        if (medfee <= 0) {
            return 0;
        }
        return Math.round(amountFen * (fund(c) / (double) medfee));
    }
}
