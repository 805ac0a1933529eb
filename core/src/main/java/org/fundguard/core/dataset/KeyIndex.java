package org.fundguard.core.dataset;

import java.util.Arrays;

/**
 * The keys of one table (ids of visits, fee lines, persons, ...) with the line each came from and
 * whether that row was rejected. Built for the fee line hot path, where a table of millions of keys
 * lives outside the CPU caches and every pointer followed is a cache miss:
 * <ul>
 * <li>open addressing with each key's hash in its slot, so a probe looks at a key only when the
 * hashes agree;
 * <li>the keys' characters side by side in one array (no String to dereference; a fee line looks its visit up by the characters of its mdtrt_id);
 * <li>the last key found is remembered: a visit's lines come together, so most lookups of its
 * mdtrt_id and psn_no repeat the previous one;
 * <li>canonical Strings only for tables whose keys other rows share ({@link #KeyIndex(String)}):
 * millions of fee line ids then cost no object each for the garbage collector to copy around;
 * <li>for those id tables, ids ending in two digits are kept as blocks of 100 under their prefix
 * (F10000042 → block F100000, slot 42): exports number their lines consecutively, so a new id
 * usually lands in the block of the previous one, a cache-friendly test-and-set instead of a probe
 * into a table of millions of slots. Ids that are not sequential (blocks stay sparse) go to the
 * hash table instead.
 * </ul>
 * Entries of an id table are encoded (even: block slot, odd: hash table entry); callers only pass
 * them back.
 */
final class KeyIndex {
    private long[] slots = new long[1024]; // hash << 32 | (entry + 1); 0 = free
    private String[] keys;                 // canonical Strings, or null when not shareable
    // all keys' characters side by side: one byte each while every key is Latin-1 (ids are ASCII),
    // two from the first key that is not (the arena is widened once)
    private byte[] narrow = new byte[8192];
    private char[] wide;
    private int[] starts = new int[513];   // entry → start in the arena; the next start ends it
    private long[] lines = new long[512];  // negative = the row was rejected
    private int size;
    private String file;
    private int lastEntry = -1;
    private final KeyIndex blockPrefixes; // id tables only: prefix → block number
    private long[] blockLines;            // block * 100 + last two digits → line; 0 = absent
    private long blockKeys;
    private boolean blocksOpen = true;
    private static final int SPARSE_CHECK_BLOCKS = 4096;
    private static final int MIN_KEYS_PER_BLOCK = 20;

    /** An index that keeps each key as a String other rows can share (reference tables, visits). */
    KeyIndex(String file) {
        this(file, true);
    }

    /** {@code shareable} false: no String is kept per key (fee line and settlement ids). */
    KeyIndex(String file, boolean shareable) {
        this(file, shareable, !shareable);
    }

    private KeyIndex(String file, boolean shareable, boolean blocks) {
        this.file = file;
        if (shareable) {
            keys = new String[512];
        }
        this.blockPrefixes = blocks ? new KeyIndex(file, false, false) : null;
        this.blockLines = blocks ? new long[100 * 64] : null;
    }

    private static boolean blockable(char[] a, int off, int len) {
        return len >= 3 && FieldText.isDigit(a[off + len - 1]) && FieldText.isDigit(a[off + len - 2]);
    }

    private static int lastTwo(char[] a, int off, int len) {
        return (a[off + len - 2] - '0') * 10 + (a[off + len - 1] - '0');
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
        return size + (int) blockKeys;
    }

    /** The entry of a key, or -1. */
    int find(char[] a, int off, int len) {
        if (blockPrefixes != null) {
            if (blockable(a, off, len)) {
                int b = blockPrefixes.find(a, off, len - 2);
                if (b >= 0) {
                    int slot = b * 100 + lastTwo(a, off, len);
                    return blockLines[slot] != 0 ? slot << 1 : -1;
                }
            }
            int e = findHashed(a, off, len);
            return e < 0 ? -1 : (e << 1) | 1;
        }
        return findHashed(a, off, len);
    }

    private int findHashed(char[] a, int off, int len) {
        if (lastEntry >= 0 && sameKey(lastEntry, a, off, len)) {
            return lastEntry;
        }
        int h = FieldText.hash(a, off, len);
        int mask = slots.length - 1;
        for (int s = slot(h, mask); ; s = (s + 1) & mask) {
            long v = slots[s];
            if (v == 0) {
                return -1;
            }
            int e = (int) v - 1;
            if ((int) (v >>> 32) == h && sameKey(e, a, off, len)) {
                lastEntry = e;
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
        if (blockPrefixes == null) {
            return addHashed(a, off, len, key, line);
        }
        if (blockable(a, off, len)) {
            int b = blockPrefixes.find(a, off, len - 2);
            if (b < 0 && blocksOpen) {
                if (blockPrefixes.size() >= SPARSE_CHECK_BLOCKS
                        && blockKeys < (long) MIN_KEYS_PER_BLOCK * blockPrefixes.size()) {
                    blocksOpen = false; // not sequential: new prefixes go to the hash table for good
                } else {
                    b = blockPrefixes.add(a, off, len - 2, 1);
                    if ((b + 1) * 100 > blockLines.length) {
                        blockLines = Arrays.copyOf(blockLines, blockLines.length * 2);
                    }
                }
            }
            if (b >= 0) {
                int slot = b * 100 + lastTwo(a, off, len);
                if (blockLines[slot] != 0) {
                    return -((slot << 1) + 1);
                }
                blockLines[slot] = line;
                blockKeys++;
                return slot << 1;
            }
        }
        int e = addHashed(a, off, len, key, line);
        return e >= 0 ? (e << 1) | 1 : -((((-e - 1) << 1) | 1) + 1);
    }

    private int addHashed(char[] a, int off, int len, String key, long line) {
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
            // 1.5×, not 2×: tables of millions of keys, and the old array is alive while copying
            int n = size + (size >> 1) + 1;
            lines = Arrays.copyOf(lines, n);
            starts = Arrays.copyOf(starts, n + 1);
            if (keys != null) {
                keys = Arrays.copyOf(keys, n);
            }
        }
        int used = starts[size];
        store(a, off, len, used);
        starts[size + 1] = used + len;
        if (keys != null) {
            keys[size] = key != null ? key : new String(a, off, len);
        }
        lines[size] = line;
        slots[s] = ((long) h << 32) | (size + 1L);
        return size++;
    }

    private void store(char[] a, int off, int len, int used) {
        if (wide == null) {
            for (int i = 0; i < len; i++) {
                if (a[off + i] > 0xFF) {
                    wide = new char[Math.max(narrow.length, 8192)];
                    for (int k = 0; k < used; k++) {
                        wide[k] = (char) (narrow[k] & 0xFF);
                    }
                    narrow = null;
                    break;
                }
            }
        }
        int capacity = wide != null ? wide.length : narrow.length;
        if (used + len > capacity) {
            long n = Math.max(capacity + (capacity >> 1), (long) used + len);
            if (n > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException(file + ": more key characters than one index holds (2^31)");
            }
            if (wide != null) {
                wide = Arrays.copyOf(wide, (int) n);
            } else {
                narrow = Arrays.copyOf(narrow, (int) n);
            }
        }
        if (wide != null) {
            System.arraycopy(a, off, wide, used, len);
        } else {
            for (int i = 0; i < len; i++) {
                narrow[used + i] = (byte) a[off + i];
            }
        }
    }

    private boolean sameKey(int e, char[] a, int off, int len) {
        int from = starts[e];
        if (starts[e + 1] - from != len) {
            return false;
        }
        // a plain loop from the end: ids are short (Arrays.equals' vectorised mismatch costs more to
        // set up), and ids numbered in sequence differ in their last characters
        if (wide != null) {
            for (int i = len - 1; i >= 0; i--) {
                if (wide[from + i] != a[off + i]) {
                    return false;
                }
            }
            return true;
        }
        for (int i = len - 1; i >= 0; i--) {
            if ((narrow[from + i] & 0xFF) != a[off + i]) {
                return false;
            }
        }
        return true;
    }

    /** The key; for an index that is not shareable a new String each call (for messages only). */
    String key(int entry) {
        if (keys != null) {
            return keys[entry];
        }
        if (blockPrefixes != null) {
            if ((entry & 1) == 0) {
                int slot = entry >>> 1;
                int d = slot % 100;
                return blockPrefixes.key(slot / 100) + (char) ('0' + d / 10) + (char) ('0' + d % 10);
            }
            entry >>>= 1;
        }
        int from = starts[entry];
        int len = starts[entry + 1] - from;
        return wide != null ? new String(wide, from, len)
                : new String(narrow, from, len, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    long line(int entry) {
        return Math.abs(lineValue(entry));
    }

    boolean rejected(int entry) {
        return lineValue(entry) < 0;
    }

    void reject(int entry) {
        if (blockPrefixes != null) {
            if ((entry & 1) == 0) {
                blockLines[entry >>> 1] = -Math.abs(blockLines[entry >>> 1]);
                return;
            }
            entry >>>= 1;
        }
        lines[entry] = -Math.abs(lines[entry]);
    }

    private long lineValue(int entry) {
        if (blockPrefixes != null) {
            return (entry & 1) == 0 ? blockLines[entry >>> 1] : lines[entry >>> 1];
        }
        return lines[entry];
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
