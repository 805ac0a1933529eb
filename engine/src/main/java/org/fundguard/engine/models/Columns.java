package org.fundguard.engine.models;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Append-only primitive columns in fixed pages, for {@link ClaimStore}: growing never copies what is
 * already stored (a doubling array would briefly need twice the column), and a page is one
 * contiguous block the CPU streams through.
 */
final class Columns {
    private static final int PAGE_BITS = 16;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int MASK = PAGE - 1;

    private Columns() {
    }

    static final class Ints {
        private final List<int[]> pages = new ArrayList<>();
        private int[] tail;
        private int size;

        void add(int v) {
            if ((size & MASK) == 0) {
                tail = new int[PAGE];
                pages.add(tail);
            }
            tail[size & MASK] = v;
            size++;
        }

        int get(int i) {
            return pages.get(i >>> PAGE_BITS)[i & MASK];
        }

        int size() {
            return size;
        }
    }

    static final class Longs {
        private final List<long[]> pages = new ArrayList<>();
        private long[] tail;
        private int size;

        void add(long v) {
            if ((size & MASK) == 0) {
                tail = new long[PAGE];
                pages.add(tail);
            }
            tail[size & MASK] = v;
            size++;
        }

        long get(int i) {
            return pages.get(i >>> PAGE_BITS)[i & MASK];
        }

        int size() {
            return size;
        }
    }

    static final class Bytes {
        private final List<byte[]> pages = new ArrayList<>();
        private byte[] tail;
        private int size;

        void add(int v) {
            if ((size & MASK) == 0) {
                tail = new byte[PAGE];
                pages.add(tail);
            }
            tail[size & MASK] = (byte) v;
            size++;
        }

        int get(int i) {
            return pages.get(i >>> PAGE_BITS)[i & MASK];
        }
    }

    /**
     * Longs that nearly always fit an int (amounts in fen, counts, seconds since the region's first
     * time): 4 bytes each, the rare others kept aside.
     */
    static final class Narrow {
        private static final int ASIDE = Integer.MIN_VALUE;
        private final Ints values = new Ints();
        private final java.util.HashMap<Integer, Long> aside = new java.util.HashMap<>();
        private long base;
        private boolean based;

        void add(long v) {
            if (!based) {
                base = v; // times: the first one; money: 0 is as good as any
                based = true;
            }
            long d = v - base;
            if (d > Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
                values.add((int) d);
            } else {
                aside.put(values.size(), v);
                values.add(ASIDE);
            }
        }

        long get(int i) {
            int d = values.get(i);
            return d == ASIDE ? aside.get(i) : base + d;
        }

        int size() {
            return values.size();
        }
    }

    /**
     * Unique texts (line, visit and settlement ids, trace codes) as UTF-8 bytes side by side: about
     * 8 bytes of position plus the characters each, instead of a String object and its array (~56
     * bytes for a 15-character id).
     */
    static final class Texts {
        private static final int ARENA_BITS = 19; // 512 KB: below G1's humongous size at 2 MB regions
        private static final int ARENA = 1 << ARENA_BITS;
        private final List<byte[]> arenas = new ArrayList<>();
        private final Longs positions = new Longs(); // (arena offset << 16) | length
        private byte[] tail;
        private long used;  // offset of the next free byte across arenas
        private boolean ascii = true;

        void add(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (b.length > 0xFFFF || b.length > ARENA) {
                throw new IllegalArgumentException("value longer than 65535 bytes: " + s.substring(0, 40) + "...");
            }
            int inArena = (int) (used & (ARENA - 1));
            if (tail == null || inArena + b.length > ARENA) {
                tail = new byte[ARENA];
                arenas.add(tail);
                used = (long) (arenas.size() - 1) << ARENA_BITS;
                inArena = 0;
            }
            ascii &= b.length == s.length();
            System.arraycopy(b, 0, tail, inArena, b.length);
            positions.add(used << 16 | b.length);
            used += b.length;
        }

        String get(int i) {
            long p = positions.get(i);
            long offset = p >>> 16;
            return new String(arenas.get((int) (offset >>> ARENA_BITS)), (int) (offset & (ARENA - 1)), (int) (p & 0xFFFF),
                    ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }

        /** String order ({@link String#compareTo}) of two values without building them when both are ASCII. */
        int compare(int i, int j) {
            long p = positions.get(i);
            long q = positions.get(j);
            byte[] a = arenas.get((int) ((p >>> 16) >>> ARENA_BITS));
            byte[] b = arenas.get((int) ((q >>> 16) >>> ARENA_BITS));
            int ao = (int) ((p >>> 16) & (ARENA - 1));
            int bo = (int) ((q >>> 16) & (ARENA - 1));
            int al = (int) (p & 0xFFFF);
            int bl = (int) (q & 0xFFFF);
            int n = Math.min(al, bl);
            for (int k = 0; k < n; k++) {
                int x = a[ao + k];
                int y = b[bo + k];
                if ((x | y) < 0) {
                    return get(i).compareTo(get(j)); // non-ASCII: UTF-8 byte order is not UTF-16 order
                }
                if (x != y) {
                    return x - y;
                }
            }
            for (int k = n; k < al; k++) {
                if (a[ao + k] < 0) {
                    return get(i).compareTo(get(j));
                }
            }
            for (int k = n; k < bl; k++) {
                if (b[bo + k] < 0) {
                    return get(i).compareTo(get(j));
                }
            }
            return al - bl;
        }

        int size() {
            return positions.size();
        }

        /** A 64-bit hash of the value's UTF-8 bytes, never 0; equal to {@link #hash(String)} of the same text. */
        long hash(int i) {
            long p = positions.get(i);
            long offset = p >>> 16;
            byte[] a = arenas.get((int) (offset >>> ARENA_BITS));
            int from = (int) (offset & (ARENA - 1));
            long h = FNV_OFFSET;
            for (int k = from; k < from + (int) (p & 0xFFFF); k++) {
                h = (h ^ (a[k] & 0xFF)) * FNV_PRIME;
            }
            return finish(h);
        }

        static long hash(String s) {
            long h = FNV_OFFSET;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c >= 0x80) {
                    h = FNV_OFFSET;
                    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
                        h = (h ^ (b & 0xFF)) * FNV_PRIME;
                    }
                    return finish(h);
                }
                h = (h ^ c) * FNV_PRIME;
            }
            return finish(h);
        }

        private static final long FNV_OFFSET = 0xcbf29ce484222325L;
        private static final long FNV_PRIME = 0x100000001b3L;

        private static long finish(long h) {
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            return h == 0 ? 1 : h;
        }
    }

    /** Stable merge sort of {@code a[from, to)} by a comparator of the ints: no boxing. */
    static void sort(int[] a, int from, int to, IntOrder order) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        if (n <= 24) {
            insertion(a, from, to, order);
            return;
        }
        int[] buffer = Arrays.copyOfRange(a, from, to);
        mergeSort(buffer, 0, n, a, from, order);
    }

    interface IntOrder {
        int compare(int x, int y);
    }

    private static void insertion(int[] a, int from, int to, IntOrder order) {
        for (int i = from + 1; i < to; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= from && order.compare(a[j], v) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    // sorts src[lo, hi) into dst[dstLo, dstLo + hi - lo); src and dst hold the same values on entry
    private static void mergeSort(int[] src, int lo, int hi, int[] dst, int dstLo, IntOrder order) {
        int n = hi - lo;
        if (n <= 24) {
            insertion(dst, dstLo, dstLo + n, order);
            return;
        }
        int mid = (lo + hi) >>> 1;
        int dstMid = dstLo + (mid - lo);
        mergeSort(dst, dstLo, dstMid, src, lo, order);
        mergeSort(dst, dstMid, dstLo + n, src, mid, order);
        int i = lo;
        int j = mid;
        for (int k = dstLo; k < dstLo + n; k++) {
            if (j >= hi || (i < mid && order.compare(src[i], src[j]) <= 0)) {
                dst[k] = src[i++];
            } else {
                dst[k] = src[j++];
            }
        }
    }
}
