package org.fundguard.engine.rules;

import java.util.Arrays;

/**
 * A reusable open-addressing map from long keys to long sums, cleared in time proportional to what
 * was added: per-person accumulators (units per day and code, presence of a code in a day) without
 * boxing or per-line allocation.
 */
final class LongLongMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private long[] values;
    private int[] used;
    private int size;
    private int mask;

    LongLongMap(int capacity) {
        int c = Integer.highestOneBit(Math.max(16, capacity) - 1) << 1;
        keys = new long[c];
        Arrays.fill(keys, EMPTY);
        values = new long[c];
        used = new int[c / 2];
        mask = c - 1;
    }

    /** Adds delta to the key's sum and returns the new sum. */
    long add(long key, long delta) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            if (size * 2 >= keys.length) {
                grow();
                i = slot(key);
            }
            keys[i] = key;
            values[i] = delta;
            used[size++] = i;
            return delta;
        }
        return values[i] += delta;
    }

    /** Sets the key's value and returns the previous one (0 when the key was absent), in one probe. */
    long swap(long key, long value) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            add(key, value);
            return 0;
        }
        long old = values[i];
        values[i] = value;
        return old;
    }

    long get(long key) {
        int i = slot(key);
        return keys[i] == EMPTY ? 0 : values[i];
    }

    boolean contains(long key) {
        return keys[slot(key)] != EMPTY;
    }

    void clear() {
        for (int k = 0; k < size; k++) {
            keys[used[k]] = EMPTY;
        }
        size = 0;
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        int[] oldUsed = used;
        int oldSize = size;
        int c = oldKeys.length * 2;
        keys = new long[c];
        Arrays.fill(keys, EMPTY);
        values = new long[c];
        used = new int[c / 2];
        mask = c - 1;
        size = 0;
        for (int k = 0; k < oldSize; k++) {
            int j = oldUsed[k];
            int i = slot(oldKeys[j]);
            keys[i] = oldKeys[j];
            values[i] = oldValues[j];
            used[size++] = i;
        }
    }
}
