package org.fundguard.platform.reports;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per client address: {@code perHour} requests, refilled evenly over the hour, so a burst of
 * {@code perHour} is allowed and then one every {@code 3600 / perHour} seconds. Kept in memory — a restart
 * forgets — and bounded: beyond {@link #MAX_TRACKED} addresses, the ones whose bucket has refilled are dropped.
 */
final class RateLimiter {
    static final int MAX_TRACKED = 50_000;
    private static final long HOUR_NANOS = 3_600_000_000_000L;

    private final int perHour;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    RateLimiter(int perHour, LongSupplier nanoTime) {
        if (perHour < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one request an hour");
        }
        this.perHour = perHour;
        this.nanoTime = nanoTime;
    }

    /** Takes one token for the address; false when its bucket is empty. */
    boolean tryAcquire(String address) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_TRACKED) {
            buckets.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return refilled(e.getValue(), now) >= perHour;
                }
            });
        }
        Bucket b = buckets.computeIfAbsent(address, a -> new Bucket(perHour, now));
        synchronized (b) {
            b.tokens = refilled(b, now);
            b.at = now;
            if (b.tokens < 1) {
                return false;
            }
            b.tokens -= 1;
            return true;
        }
    }

    /** Minutes until the address may try again (0 when it may now). */
    long minutesUntilNext(String address) {
        Bucket b = buckets.get(address);
        if (b == null) {
            return 0;
        }
        synchronized (b) {
            double missing = 1 - refilled(b, nanoTime.getAsLong());
            if (missing <= 0) {
                return 0;
            }
            return (long) Math.ceil(missing * 60.0 / perHour);
        }
    }

    int perHour() {
        return perHour;
    }

    private double refilled(Bucket b, long now) {
        double added = (double) (now - b.at) * perHour / HOUR_NANOS;
        return Math.min(perHour, b.tokens + added);
    }
}
