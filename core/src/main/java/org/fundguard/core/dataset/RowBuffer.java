package org.fundguard.core.dataset;

import java.util.Arrays;

/**
 * One row of a table as its source delivered it: the fields' characters side by side in one reused
 * array, so a reader parses dates, amounts and codes without a String per field. A format fills it
 * ({@link #begin}, then {@link #add} per field); the loader reads it.
 */
public final class RowBuffer {
    private char[] chars = new char[512];
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private int count;
    private int used;
    private long line;

    /** Starts a row; {@code line} is where it starts in the file (CSV: physical line, header = 1). */
    public void begin(long line) {
        this.line = line;
        this.count = 0;
        this.used = 0;
    }

    public void add(char[] src, int offset, int length) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
        }
        System.arraycopy(src, offset, chars, used, length);
        starts[count] = used;
        lengths[count] = length;
        used += length;
        count++;
    }

    /** Adds a field from text; null is the contract's empty field. */
    public void add(CharSequence s) {
        if (s == null) {
            add(chars, 0, 0);
            return;
        }
        int length = s.length();
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
        }
        for (int i = 0; i < length; i++) {
            chars[used + i] = s.charAt(i);
        }
        starts[count] = used;
        lengths[count] = length;
        used += length;
        count++;
    }

    public long line() {
        return line;
    }

    public int fieldCount() {
        return count;
    }

    public String text(int field) {
        return new String(chars, starts[field], lengths[field]);
    }

    public String[] texts() {
        String[] out = new String[count];
        for (int i = 0; i < count; i++) {
            out[i] = text(i);
        }
        return out;
    }

    char[] chars() {
        return chars;
    }

    int start(int field) {
        return starts[field];
    }

    int length(int field) {
        return lengths[field];
    }
}
