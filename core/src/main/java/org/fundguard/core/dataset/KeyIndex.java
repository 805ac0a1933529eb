package org.fundguard.core.dataset;

import java.util.Arrays;

/**
 * The keys of one table (ids of visits, fee lines, persons, ...) with the line each came from and
 * whether that row was rejected. Open addressing over String keys: a fee line looks its visit up by
 * the characters of its mdtrt_id without making a String, and millions of keys cost a few arrays
 * instead of a HashMap node each. Each slot holds the key's hash beside its entry number, so a probe
 * touches the key itself only when the hashes agree (a table of millions of keys lives outside the
 * CPU caches, and every pointer followed is a cache miss).
 */
final class KeyIndex {
    private long[] slots = new long[1024]; // hash << 32 | (entry + 1); 0 = free
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
        int h = FieldText.hash(a, off, len);
        for (int s = slot(h, mask); ; s = (s + 1) & mask) {
            long v = slots[s];
            if (v == 0) {
                return -1;
            }
            int e = (int) v - 1;
            if ((int) (v >>> 32) == h && FieldText.equals(keys[e], a, off, len)) {
                return e;
            }
        }
    }

    int find(String key) {
        int mask = slots.length - 1;
        int h = key.hashCode();
        for (int s = slot(h, mask); ; s = (s + 1) & mask) {
            long v = slots[s];
            if (v == 0) {
                return -1;
            }
            int e = (int) v - 1;
            if ((int) (v >>> 32) == h && keys[e].equals(key)) {
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
        int h = key.hashCode();
        int s = slot(h, mask);
        for (; ; s = (s + 1) & mask) {
            long v = slots[s];
            if (v == 0) {
                break;
            }
            int e = (int) v - 1;
            if ((int) (v >>> 32) == h && keys[e].equals(key)) {
                return -(e + 1);
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        keys[size] = key;
        lines[size] = line;
        slots[s] = ((long) h << 32) | (size + 1L);
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
        long[] bigger = new long[slots.length * 2];
        int mask = bigger.length - 1;
        for (long v : slots) {
            if (v != 0) {
                int s = slot((int) (v >>> 32), mask);
                while (bigger[s] != 0) {
                    s = (s + 1) & mask;
                }
                bigger[s] = v;
            }
        }
        slots = bigger;
    }

    /**
     * Fibonacci hashing: the high bits of h × 2^32/φ. The low bits of String hashes of sequential
     * ids (F1000000001, F1000000002, ...) cluster, and linear probing on them degrades badly.
     */
    private static int slot(int h, int mask) {
        return (int) (((h * 0x9E3779B9L) & 0xFFFFFFFFL) >>> (32 - Integer.bitCount(mask))) & mask;
    }
}
