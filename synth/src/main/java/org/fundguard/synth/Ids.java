package org.fundguard.synth;

/**
 * Row ids: a running counter per table, written through a bijective affine scramble modulo 10^k so
 * that ids are unique, carry no order and no hint of how a row was made (labelling.md: ids carry no
 * hint of a label). The multiplier is odd and not a multiple of 5, hence invertible modulo 10^k.
 */
public final class Ids {
    private final Sequence visits = new Sequence('V', 12, 7_349_213L, 0);
    private final Sequence lines = new Sequence('F', 14, 3_812_761L, 0);
    private final Sequence settlements = new Sequence('S', 12, 5_118_263L, 0);
    private final Sequence purchases = new Sequence('G', 12, 6_274_113L, 0);

    Ids(long seed) {
        long s = Dice.mix(seed);
        visits.offset = Math.floorMod(s, visits.modulus);
        lines.offset = Math.floorMod(s >>> 7, lines.modulus);
        settlements.offset = Math.floorMod(s >>> 13, settlements.modulus);
        purchases.offset = Math.floorMod(s >>> 19, purchases.modulus);
    }

    public String visit() {
        return visits.next();
    }

    public String line() {
        return lines.next();
    }

    public String settlement() {
        return settlements.next();
    }

    public String purchase() {
        return purchases.next();
    }

    /** psn_no of the person at this population index. */
    static String person(int index, long seed) {
        return scrambled('P', 10, 3_761_849L, Math.floorMod(Dice.mix(seed + 17), 10_000_000_000L), index);
    }

    static String scrambled(char prefix, int digits, long multiplier, long offset, long n) {
        long modulus = pow10(digits);
        // multiplier < 10^7 and n < 10^11 keep the product inside a long
        long v = Math.floorMod(n % modulus * multiplier % modulus + offset, modulus);
        char[] c = new char[digits + 1];
        c[0] = prefix;
        for (int i = digits; i >= 1; i--) {
            c[i] = (char) ('0' + v % 10);
            v /= 10;
        }
        return new String(c);
    }

    static long pow10(int k) {
        long p = 1;
        for (int i = 0; i < k; i++) {
            p *= 10;
        }
        return p;
    }

    private static final class Sequence {
        final char prefix;
        final int digits;
        final long multiplier;
        final long modulus;
        long offset;
        long n;

        Sequence(char prefix, int digits, long multiplier, long offset) {
            this.prefix = prefix;
            this.digits = digits;
            this.multiplier = multiplier;
            this.modulus = pow10(digits);
            this.offset = offset;
        }

        String next() {
            return scrambled(prefix, digits, multiplier, offset, n++);
        }
    }
}
