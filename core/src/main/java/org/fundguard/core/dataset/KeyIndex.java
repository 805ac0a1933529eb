package org.fundguard.core.dataset;

import java.util.Arrays;

/**
 * The keys of one table (ids of visits, fee lines, persons, ...) with the line each came from and
 * whether that row was rejected. Open addressing over String keys: a fee line looks its visit up by
 * the characters of its mdtrt_id without making a String, and millions of keys cost a few arrays
 * instead of a HashMap node each.
 */
final class KeyIndex {
    private int[] slots = new int[1024]; // entry number + 1; 0 = free
    private String[] keys = new String[512];
    private long[] lines = new long[512]; // negative = the row was rejected
    private int size;
    private String file;

    KeyIndex(String file) {
        this.file = file;
    }

    /** The file the keys come from, named in messages about them. */
    String file() {
        return file;
    }

    void file(String name) {
        this.file = name;
    }

    int size() {
        return size;
    }

    /** The entry of a key, or -1. */
    int find(char[] a, int off, int len) {
        int mask = slots.length - 1;
        for (int s = spread(FieldText.hash(a, off, len)) & mask; ; s = (s + 1) & mask) {
            int e = slots[s] - 1;
            if (e < 0) {
                return -1;
            }
            if (FieldText.equals(keys[e], a, off, len)) {
                return e;
            }
        }
    }

    int find(String key) {
        int mask = slots.length - 1;
        for (int s = spread(key.hashCode()) & mask; ; s = (s + 1) & mask) {
            int e = slots[s] - 1;
            if (e < 0) {
                return -1;
            }
            if (keys[e].equals(key)) {
                return e;
            }
        }
    }

    /** Adds a key first seen on {@code line}; returns its new entry, or -(existing entry + 1). */
    int add(String key, long line) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int s = spread(key.hashCode()) & mask;
        for (; ; s = (s + 1) & mask) {
            int e = slots[s] - 1;
            if (e < 0) {
                break;
            }
            if (keys[e].equals(key)) {
                return -(e + 1);
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        keys[size] = key;
        lines[size] = line;
        slots[s] = size + 1;
        return size++;
    }

    String key(int entry) {
        return keys[entry];
    }

    long line(int entry) {
        return Math.abs(lines[entry]);
    }

    boolean rejected(int entry) {
        return lines[entry] < 0;
    }

    void reject(int entry) {
        lines[entry] = -Math.abs(lines[entry]);
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int e = 0; e < size; e++) {
            int s = spread(keys[e].hashCode()) & mask;
            while (bigger[s] != 0) {
                s = (s + 1) & mask;
            }
            bigger[s] = e + 1;
        }
        slots = bigger;
    }

    private static int spread(int h) {
        return (h * 0x9E3779B9) ^ (h >>> 16);
    }
}
