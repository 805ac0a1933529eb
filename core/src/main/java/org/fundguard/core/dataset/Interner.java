package org.fundguard.core.dataset;

import java.util.Arrays;

/**
 * One String per distinct value of a repetitive field (department, practitioner, institution's own
 * item code): millions of fee lines then share a few thousand Strings, and a repeated value costs a
 * lookup instead of an allocation.
 */
final class Interner {
    private String[] table = new String[256];
    private int size;

    String intern(char[] a, int off, int len) {
        int mask = table.length - 1;
        int h = FieldText.hash(a, off, len);
        for (int s = spread(h) & mask; ; s = (s + 1) & mask) {
            String t = table[s];
            if (t == null) {
                String value = new String(a, off, len);
                table[s] = value;
                if (++size * 2 > table.length) {
                    grow();
                }
                return value;
            }
            if (t.hashCode() == h && FieldText.equals(t, a, off, len)) {
                return t;
            }
        }
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String t : old) {
            if (t != null) {
                int s = spread(t.hashCode()) & mask;
                while (table[s] != null) {
                    s = (s + 1) & mask;
                }
                table[s] = t;
            }
        }
        Arrays.fill(old, null);
    }

    private static int spread(int h) {
        return (h * 0x9E3779B9) ^ (h >>> 16);
    }
}
