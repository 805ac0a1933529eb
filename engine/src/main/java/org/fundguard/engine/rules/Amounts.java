package org.fundguard.engine.rules;

import java.math.BigInteger;
import java.math.RoundingMode;
import org.fundguard.core.Money;
import org.fundguard.core.Quantity;

/** Exact fen arithmetic for violation amounts and fund shares (never floating point). */
final class Amounts {
    private Amounts() {
    }

    /** amount × num / den, rounded half away from zero to the fen; 0 when den is 0. */
    static long scale(long amount, long num, long den) {
        if (den == 0 || amount == 0 || num == 0) {
            return 0;
        }
        long hi = Math.multiplyHigh(amount, num);
        long lo = amount * num;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            long q = lo / den;
            long r = lo % den;
            if (r != 0 && Math.abs(r) >= Math.abs(den) - Math.abs(r)) {
                q += (lo < 0) == (den < 0) ? 1 : -1;
            }
            return q;
        }
        return new java.math.BigDecimal(BigInteger.valueOf(amount).multiply(BigInteger.valueOf(num)))
                .divide(new java.math.BigDecimal(den), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The part of a line's amount that corresponds to some of its units. */
    static long unitsShare(long lineAmountFen, long units, long lineCnt) {
        if (units >= lineCnt) {
            return lineAmountFen;
        }
        return scale(lineAmountFen, units, lineCnt);
    }

    static String yuan(long fen) {
        return Money.format(fen) + "元";
    }

    static String qty(long q) {
        return Quantity.format(q);
    }
}
