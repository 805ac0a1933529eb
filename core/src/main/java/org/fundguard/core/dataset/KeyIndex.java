package org.fundguard.core.dataset;

import java.util.Arrays;

/**
 * The keys of one table (ids of visits, fee lines, persons, ...) with the line each came from and
 * whether that row was rejected. Built for the fee line hot path, where a table of millions of keys
 * lives outside the CPU caches and every pointer followed is a cache miss:
 * <ul>
 * <li>open addressing with each key's hash in its slot, so a probe looks at a key only when the
 * hashes agree;
 * <li>the keys' characters side by side in one array, compared with {@link Arrays#equals} (no String
 * to dereference; a fee line looks its visit up by the characters of its mdtrt_id);
 * <li>the last key found is remembered: a visit's lines come together, so most lookups of its
 * mdtrt_id and psn_no repeat the previous one;
 * <li>canonical Strings only for tables whose keys other rows share ({@link #KeyIndex(String)}):
 * millions of fee line ids then cost no object each for the garbage collector to copy around.
 * </ul>
 */
final class KeyIndex {
    private long[] slots = new long[1024]; // hash << 32 | (entry + 1); 0 = free
    private String[] keys;                 // canonical Strings, or null when not shareable
    private char[] arena = new char[8192]; // all keys' characters side by side
    private int[] starts = new int[513];   // entry → start in the arena; the next start ends it
    private long[] lines = new long[512];  // negative = the row was rejected
    private int size;
    private String file;
    private int lastEntry = -1;
    private int lastHash;

    /** An index that keeps each key as a String other rows can share (reference tables, visits). */
    KeyIndex(String file) {
        this(file, true);
    }

    /** {@code shareable} false: no String is kept per key (fee line and settlement ids). */
    KeyIndex(String file, boolean shareable) {
        this.file = file;
        if (shareable) {
            keys = new String[512];
        }
    }

    /** The file the keys come from, named in messages about them. */
    String file() {
        return file;
    }

    void file(String name) {
        this.file = name;
    }

    boolean shareable() {
        return keys != null;
    }

    int size() {
        return size;
    }

    /** The entry of a key, or -1. */
    int find(char[] a, int off, int len) {
        int h = FieldText.hash(a, off, len);
        if (lastEntry >= 0 && h == lastHash && sameKey(lastEntry, a, off, len)) {
            return lastEntry;
        }
        int mask = slots.length - 1;
        for (int s = slot(h, mask); ; s = (s + 1) & mask) {
            long v = slots[s];
            if (v == 0) {
                return -1;
            }
            int e = (int) v - 1;
            if ((int) (v >>> 32) == h && sameKey(e, a, off, len)) {
                lastEntry = e;
                lastHash = h;
                return e;
            }
        }
    }

    int find(String key) {
        char[] c = key.toCharArray();
        return find(c, 0, c.length);
    }

    /** Adds a key first seen on {@code line}; returns its new entry, or -(existing entry + 1). */
    int add(String key, long line) {
        char[] c = key.toCharArray();
        return add(c, 0, c.length, key, line);
    }

    int add(char[] a, int off, int len, long line) {
        return add(a, off, len, null, line);
    }

    private int add(char[] a, int off, int len, String key, long line) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int h = FieldText.hash(a, off, len);
        int s = slot(h, mask);
        for (; ; s = (s + 1) & mask) {
            long v = slots[s];
            if (v == 0) {
                break;
            }
            int e = (int) v - 1;
            if ((int) (v >>> 32) == h && sameKey(e, a, off, len)) {
                return -(e + 1);
            }
        }
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, size * 2);
            starts = Arrays.copyOf(starts, size * 2 + 1);
            if (keys != null) {
                keys = Arrays.copyOf(keys, size * 2);
            }
        }
        int used = starts[size];
        if (used + len > arena.length) {
            long n = Math.max(arena.length * 2L, (long) used + len);
            if (n > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException(file + ": more key characters than one index holds (2^31)");
            }
            arena = Arrays.copyOf(arena, (int) n);
        }
        System.arraycopy(a, off, arena, used, len);
        starts[size + 1] = used + len;
        if (keys != null) {
            keys[size] = key != null ? key : new String(a, off, len);
        }
        lines[size] = line;
        slots[s] = ((long) h << 32) | (size + 1L);
        return size++;
    }

    private boolean sameKey(int e, char[] a, int off, int len) {
        int from = starts[e];
        int to = starts[e + 1];
        return to - from == len && Arrays.equals(arena, from, to, a, off, off + len);
    }

    /** The key; for an index that is not shareable a new String each call (for messages only). */
    String key(int entry) {
        return keys != null ? keys[entry] : new String(arena, starts[entry], starts[entry + 1] - starts[entry]);
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
