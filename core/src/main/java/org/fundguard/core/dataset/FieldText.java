package org.fundguard.core.dataset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.fundguard.core.Money;
import org.fundguard.core.Quantity;

/**
 * Hand-written parsers over a slice of characters for the contract's field types. The common shape
 * of each value is parsed here without allocating; anything unusual falls back to the core parser
 * ({@link Money#parseFen}, {@link Quantity#parse}) so both accept exactly the same texts and the
 * reason for a rejection is worded in one place. {@link #INVALID} marks a value that does not parse.
 */
final class FieldText {
    static final long INVALID = Long.MIN_VALUE;
    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 250;

    private final LocalDate[] dates = new LocalDate[YEARS * 12 * 31];
    private final LocalTime[] times = new LocalTime[24 * 60 * 60];

    /** yyyy-MM-dd, or null when the text is not a real date in that form. */
    LocalDate date(char[] a, int off, int len) {
        if (len != 10 || a[off + 4] != '-' || a[off + 7] != '-') {
            return null;
        }
        int y = digits(a, off, 4);
        int m = digits(a, off + 5, 2);
        int d = digits(a, off + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) {
            return null;
        }
        int slot = ((y - FIRST_YEAR) * 12 + m - 1) * 31 + d - 1;
        if (y < FIRST_YEAR || y >= FIRST_YEAR + YEARS) {
            return LocalDate.of(y, m, d);
        }
        LocalDate cached = dates[slot];
        if (cached == null) {
            cached = LocalDate.of(y, m, d);
            dates[slot] = cached;
        }
        return cached;
    }

    /** yyyy-MM-dd HH:mm:ss, or null when the text is not a real date-time in that form. */
    LocalDateTime dateTime(char[] a, int off, int len) {
        if (len != 19 || a[off + 10] != ' ' || a[off + 13] != ':' || a[off + 16] != ':') {
            return null;
        }
        LocalDate date = date(a, off, 10);
        if (date == null) {
            return null;
        }
        int h = digits(a, off + 11, 2);
        int mi = digits(a, off + 14, 2);
        int s = digits(a, off + 17, 2);
        if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) {
            return null;
        }
        int second = h * 3600 + mi * 60 + s;
        LocalTime time = times[second];
        if (time == null) {
            time = LocalTime.of(h, mi, s);
            times[second] = time;
        }
        return LocalDateTime.of(date, time);
    }

    static String dateProblem() {
        return "not a date yyyy-MM-dd";
    }

    static String dateTimeProblem() {
        return "not a date-time yyyy-MM-dd HH:mm:ss";
    }

    /** Yuan with up to 2 decimals as fen, or {@link #INVALID}. */
    static long fen(char[] a, int off, int len) {
        int i = off;
        int end = off + len;
        boolean negative = false;
        if (i < end && a[i] == '-') {
            negative = true;
            i++;
        }
        int wholeStart = i;
        long whole = 0;
        while (i < end && a[i] >= '0' && a[i] <= '9') {
            whole = whole * 10 + (a[i++] - '0');
        }
        int wholeDigits = i - wholeStart;
        long fraction = 0;
        if (wholeDigits > 0 && wholeDigits <= 15 && i < end && a[i] == '.') {
            i++;
            int decimals = end - i;
            if (decimals == 1 && isDigit(a[i])) {
                fraction = (a[i] - '0') * 10L;
                i++;
            } else if (decimals == 2 && isDigit(a[i]) && isDigit(a[i + 1])) {
                fraction = (a[i] - '0') * 10L + (a[i + 1] - '0');
                i += 2;
            }
        }
        if (i != end || wholeDigits == 0 || wholeDigits > 15) {
            return slowFen(a, off, len);
        }
        long fen = whole * 100 + fraction;
        return negative ? -fen : fen;
    }

    private static long slowFen(char[] a, int off, int len) {
        try {
            return Money.parseFen(new String(a, off, len));
        } catch (NumberFormatException e) {
            return INVALID;
        }
    }

    static String fenProblem(String value) {
        try {
            Money.parseFen(value);
            return "not an amount";
        } catch (NumberFormatException e) {
            return e.getMessage();
        }
    }

    /** A quantity with up to 4 decimals in {@link Quantity} units, or {@link #INVALID}. */
    static long quantity(char[] a, int off, int len) {
        int i = off;
        int end = off + len;
        boolean negative = false;
        if (i < end && a[i] == '-') {
            negative = true;
            i++;
        }
        int wholeStart = i;
        long whole = 0;
        while (i < end && a[i] >= '0' && a[i] <= '9') {
            whole = whole * 10 + (a[i++] - '0');
        }
        int wholeDigits = i - wholeStart;
        long fraction = 0;
        if (wholeDigits > 0 && wholeDigits <= 12 && i < end && a[i] == '.') {
            i++;
            int decimals = 0;
            while (i < end && decimals < Quantity.DECIMALS && isDigit(a[i])) {
                fraction = fraction * 10 + (a[i++] - '0');
                decimals++;
            }
            if (decimals == 0) {
                return slowQuantity(a, off, len);
            }
            for (int d = decimals; d < Quantity.DECIMALS; d++) {
                fraction *= 10;
            }
        }
        if (i != end || wholeDigits == 0 || wholeDigits > 12) {
            return slowQuantity(a, off, len);
        }
        long q = whole * Quantity.ONE + fraction;
        return negative ? -q : q;
    }

    private static long slowQuantity(char[] a, int off, int len) {
        try {
            return Quantity.parse(new String(a, off, len));
        } catch (NumberFormatException e) {
            return INVALID;
        }
    }

    static String quantityProblem(String value) {
        try {
            Quantity.parse(value);
            return "not a quantity";
        } catch (NumberFormatException e) {
            return e.getMessage();
        }
    }

    /** A non-negative whole number up to 9 digits, or -1. */
    static int count(char[] a, int off, int len) {
        if (len == 0 || len > 9) {
            return -1;
        }
        return digits(a, off, len);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean allDigits(char[] a, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (!isDigit(a[i])) {
                return false;
            }
        }
        return true;
    }

    /** String.hashCode over a slice, so a slice and the equal String find the same slot. */
    static int hash(char[] a, int off, int len) {
        int h = 0;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + a[i];
        }
        return h;
    }

    static boolean equals(String s, char[] a, int off, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != a[off + i]) {
                return false;
            }
        }
        return true;
    }

    private static int digits(char[] a, int off, int n) {
        int v = 0;
        for (int i = off; i < off + n; i++) {
            char c = a[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
