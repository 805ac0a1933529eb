package org.fundguard.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The one source of randomness of a generator stream: a seeded {@link SplittableRandom} with the few
 * draws the generator needs. Every stream (catalogue codes, population, each person, each injection)
 * gets its own Dice derived from the seed, so adding draws in one stream never shifts another.
 */
public final class Dice {
    private final SplittableRandom r;

    public Dice(long seed) {
        this.r = new SplittableRandom(seed);
    }

    /** A stream for one named purpose, independent of how many draws other streams made. */
    public static Dice of(long seed, long stream, long index) {
        return new Dice(mix(mix(seed ^ 0x9E3779B97F4A7C15L * (stream + 1)) + index));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public int nextInt(int bound) {
        return r.nextInt(bound);
    }

    /** Uniform in [lo, hi] inclusive. */
    public int between(int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    public long nextLong() {
        return r.nextLong();
    }

    public double nextDouble() {
        return r.nextDouble();
    }

    public boolean chance(double p) {
        return r.nextDouble() < p;
    }

    public <T> T pick(List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    public <T> T pick(T[] array) {
        return array[r.nextInt(array.length)];
    }

    /** Index drawn with the given non-negative weights. */
    public int weighted(double... weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = r.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Poisson count by inversion; fine for the small means the generator uses. */
    public int poisson(double mean) {
        double l = Math.exp(-mean);
        int k = 0;
        double p = r.nextDouble();
        while (p > l) {
            k++;
            p *= r.nextDouble();
        }
        return k;
    }

    public char digit() {
        return (char) ('0' + r.nextInt(10));
    }

    public char letter() {
        return (char) ('A' + r.nextInt(26));
    }

    public String digits(int n) {
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = digit();
        }
        return new String(c);
    }

    public Dice split() {
        return new Dice(r.nextLong());
    }
}
