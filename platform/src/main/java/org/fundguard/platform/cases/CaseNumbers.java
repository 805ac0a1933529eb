package org.fundguard.platform.cases;

/**
 * Case numbers (案号) by the agency's pattern, e.g. {@code 鲁医保稽〔{year}〕{seq:4}号}: {@code {year}} the
 * filing year, {@code {seq}} or {@code {seq:N}} the year's running number, zero-padded to N digits.
 */
final class CaseNumbers {
    private final String pattern;

    CaseNumbers(String pattern) {
        if (pattern == null || !pattern.contains("{seq")) {
            throw new IllegalArgumentException("fundguard.cases.number-pattern must contain {seq} or {seq:N}: " + pattern);
        }
        this.pattern = pattern;
        format(2000, 1);
    }

    String format(int year, int seq) {
        StringBuilder out = new StringBuilder(pattern.length() + 8);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            if (open < 0) {
                out.append(pattern, i, pattern.length());
                break;
            }
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed { in case number pattern " + pattern);
            }
            out.append(pattern, i, open);
            String field = pattern.substring(open + 1, close);
            if (field.equals("year")) {
                out.append(year);
            } else if (field.equals("seq")) {
                out.append(seq);
            } else if (field.startsWith("seq:")) {
                int width = parseWidth(field.substring(4));
                String digits = Integer.toString(seq);
                out.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
            } else {
                throw new IllegalArgumentException("unknown field {" + field + "} in case number pattern " + pattern);
            }
            i = close + 1;
        }
        return out.toString();
    }

    private int parseWidth(String s) {
        try {
            int w = Integer.parseInt(s);
            if (w < 1 || w > 9) {
                throw new IllegalArgumentException("width " + w + " in case number pattern " + pattern + " must be 1..9");
            }
            return w;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("width '" + s + "' in case number pattern " + pattern + " is not a number");
        }
    }
}
