package org.fundguard.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money is held as a long count of fen (分, 0.01 yuan): the contract writes yuan with at most two
 * decimals, and binary floating point must never touch fund amounts.
 */
public final class Money {
    private Money() {
    }

    /**
     * Parses yuan with up to two decimals ("12", "12.5", "-3.07") into fen.
     *
     * @throws NumberFormatException naming the reason when the text is not such an amount
     */
    public static long parseFen(CharSequence s) {
        int n = s.length();
        if (n == 0) {
            throw new NumberFormatException("empty amount");
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-') {
            negative = true;
            i = 1;
        } else if (s.charAt(0) == '+') {
            i = 1;
        }
        if (i == n) {
            throw new NumberFormatException("no digits in amount");
        }
        long whole = 0;
        int digits = 0;
        while (i < n && s.charAt(i) != '.') {
            char c = s.charAt(i++);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a number: '" + c + "'");
            }
            whole = whole * 10 + (c - '0');
            if (++digits > 15) {
                throw new NumberFormatException("amount too large");
            }
        }
        long fraction = 0;
        if (i < n) {
            i++; // the point
            int decimals = 0;
            while (i < n) {
                char c = s.charAt(i++);
                if (c < '0' || c > '9') {
                    throw new NumberFormatException("not a number: '" + c + "'");
                }
                if (++decimals > 2) {
                    throw new NumberFormatException("more than 2 decimals in a yuan amount");
                }
                fraction = fraction * 10 + (c - '0');
            }
            if (decimals == 1) {
                fraction *= 10;
            }
            if (decimals == 0 && digits == 0) {
                throw new NumberFormatException("no digits in amount");
            }
        } else if (digits == 0) {
            throw new NumberFormatException("no digits in amount");
        }
        long fen = whole * 100 + fraction;
        return negative ? -fen : fen;
    }

    /** Formats fen as yuan with exactly two decimals: 1234 → "12.34", -5 → "-0.05". */
    public static String format(long fen) {
        long abs = Math.abs(fen);
        StringBuilder b = new StringBuilder(16);
        if (fen < 0) {
            b.append('-');
        }
        b.append(abs / 100).append('.');
        long f = abs % 100;
        if (f < 10) {
            b.append('0');
        }
        return b.append(f).toString();
    }

    public static BigDecimal toYuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    public static long fromYuan(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
