package org.fundguard.core.dataset;

import java.util.Arrays;

/**
 * One String per distinct value of a repetitive field (department, practitioner, institution's own
 * item code): millions of fee lines then share a few thousand Strings, and a repeated value costs a
 * lookup instead of an allocation. Values are kept as char arrays too, compared without
 * dereferencing a String.
 */
final class Interner {
    private String[] values = new String[256];
    private char[][] chars = new char[256][];
    private int[] hashes = new int[256];
    private int size;

    String intern(char[] a, int off, int len) {
        int mask = values.length - 1;
        int h = FieldText.hash(a, off, len);
        for (int s = slot(h, mask); ; s = (s + 1) & mask) {
            char[] c = chars[s];
            if (c == null) {
                String value = new String(a, off, len);
                values[s] = value;
                chars[s] = Arrays.copyOfRange(a, off, off + len);
                hashes[s] = h;
                if (++size * 2 > values.length) {
                    grow();
                }
                return value;
            }
            if (hashes[s] == h && same(c, a, off, len)) {
                return values[s];
            }
        }
    }

    private static boolean same(char[] c, char[] a, int off, int len) {
        if (c.length != len) {
            return false;
        }
        for (int i = len - 1; i >= 0; i--) {
            if (c[i] != a[off + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldValues = values;
        char[][] oldChars = chars;
        int[] oldHashes = hashes;
        values = new String[oldValues.length * 2];
        chars = new char[values.length][];
        hashes = new int[values.length];
        int mask = values.length - 1;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldChars[i] != null) {
                int s = slot(oldHashes[i], mask);
                while (chars[s] != null) {
                    s = (s + 1) & mask;
                }
                values[s] = oldValues[i];
                chars[s] = oldChars[i];
                hashes[s] = oldHashes[i];
            }
        }
    }

    private static int slot(int h, int mask) {
        return (int) (((h * 0x9E3779B9L) & 0xFFFFFFFFL) >>> (32 - Integer.bitCount(mask))) & mask;
    }
}
