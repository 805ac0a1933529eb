package org.fundguard.spark;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Contract date and date-time texts parsed by hand: a formatter per fee line costs more than the rest of the row. */
final class Times {
    private Times() {
    }

    /** yyyy-MM-dd at {@code off}, or null when it is not a real date in that form. */
    static LocalDate date(String s, int off) {
        if (s.length() < off + 10 || s.charAt(off + 4) != '-' || s.charAt(off + 7) != '-') {
            return null;
        }
        int y = digits(s, off, 4);
        int m = digits(s, off + 5, 2);
        int d = digits(s, off + 8, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    /** yyyy-MM-dd HH:mm:ss, or null. */
    static LocalDateTime dateTime(String s) {
        if (s.length() != 19 || s.charAt(10) != ' ' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        LocalDate d = date(s, 0);
        int h = digits(s, 11, 2);
        int mi = digits(s, 14, 2);
        int sec = digits(s, 17, 2);
        if (d == null || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) {
            return null;
        }
        return LocalDateTime.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), h, mi, sec);
    }

    private static int digits(String s, int off, int n) {
        int v = 0;
        for (int i = off; i < off + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
