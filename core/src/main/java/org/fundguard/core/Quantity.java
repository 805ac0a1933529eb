package org.fundguard.core;

/**
 * Quantities (cnt, purc_cnt, inv_cnt, max_units_day, ...) may be fractional: half a box, 0.5 of a
 * dose. They are held as a long count of 1/10,000 units, which covers every quantity a HIS exports
 * (four decimals) and keeps cnt × pric exact.
 */
public final class Quantity {
    public static final int DECIMALS = 4;
    public static final long ONE = 10_000L;

    private Quantity() {
    }

    public static long of(long wholeUnits) {
        return wholeUnits * ONE;
    }

    /**
     * Parses a decimal quantity with up to four decimals into ten-thousandths.
     *
     * @throws NumberFormatException naming the reason when the text is not such a quantity
     */
    public static long parse(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            throw new NumberFormatException("empty quantity");
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-') {
            negative = true;
            i = 1;
        } else if (s.charAt(0) == '+') {
            i = 1;
        }
        long whole = 0;
        int digits = 0;
        while (i < n && s.charAt(i) != '.') {
            char c = s.charAt(i++);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a number: '" + c + "'");
            }
            whole = whole * 10 + (c - '0');
            if (++digits > 12) {
                throw new NumberFormatException("quantity too large");
            }
        }
        long fraction = 0;
        int decimals = 0;
        if (i < n) {
            i++;
            while (i < n) {
                char c = s.charAt(i++);
                if (c < '0' || c > '9') {
                    throw new NumberFormatException("not a number: '" + c + "'");
                }
                if (++decimals > DECIMALS) {
                    throw new NumberFormatException("more than " + DECIMALS + " decimals in a quantity");
                }
                fraction = fraction * 10 + (c - '0');
            }
        }
        if (digits == 0 && decimals == 0) {
            throw new NumberFormatException("no digits in quantity");
        }
        for (int d = decimals; d < DECIMALS; d++) {
            fraction *= 10;
        }
        long q = whole * ONE + fraction;
        return negative ? -q : q;
    }

    /** Formats without trailing zeros: 20000 → "2", 5000 → "0.5", -10000 → "-1". */
    public static String format(long q) {
        long abs = Math.abs(q);
        StringBuilder b = new StringBuilder(16);
        if (q < 0) {
            b.append('-');
        }
        b.append(abs / ONE);
        long f = abs % ONE;
        if (f != 0) {
            String frac = Long.toString(f + ONE).substring(1);
            int end = frac.length();
            while (frac.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(frac, 0, end);
        }
        return b.toString();
    }

    /** The line total cnt × pric in fen, rounded half away from zero to the fen. */
    public static long times(long quantity, long priceFen) {
        long product = Math.multiplyExact(quantity, priceFen);
        long half = ONE / 2;
        return product >= 0 ? (product + half) / ONE : -((-product + half) / ONE);
    }

    /** Whole units, rounded down: for comparisons against whole-unit limits in explanations. */
    public static double toDouble(long q) {
        return q / (double) ONE;
    }
}
