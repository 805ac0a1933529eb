package org.fundguard.platform.reports;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Failed query-page attempts per query code: after {@code maxFailures} wrong passwords for one code within the
 * lock duration, the code is locked for that duration and its attempts are refused before any password is hashed.
 * The per-address limit alone lets a botnet spread guesses at one code over many addresses, each guess costing a
 * 600,000-iteration PBKDF2 (docs/reporting.md); this bounds the guesses and the hashing per code. Unknown codes are
 * counted like real ones, so a lock does not tell whether a code exists. In memory like {@link RateLimiter}: a
 * restart forgets, and beyond {@link #MAX_TRACKED} codes the entries whose window has passed are dropped.
 */
final class QueryLockout {
    static final int MAX_TRACKED = 100_000;

    private final int maxFailures;
    private final long lockNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    private static final class Entry {
        int failures;
        long firstFailureAt;
        long lockedUntil;
        boolean locked;
    }

    QueryLockout(int maxFailures, Duration lockFor, LongSupplier nanoTime) {
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("a lock-out needs at least one failure and a positive duration");
        }
        this.maxFailures = maxFailures;
        this.lockNanos = lockFor.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Minutes (rounded up) until the code may be tried again; 0 when it is not locked. */
    long minutesLocked(String code) {
        Entry e = entries.get(code);
        if (e == null) {
            return 0;
        }
        synchronized (e) {
            long left = e.locked ? e.lockedUntil - nanoTime.getAsLong() : 0;
            return left <= 0 ? 0 : (left + 59_999_999_999L) / 60_000_000_000L;
        }
    }

    /** Counts a wrong password for the code; the failure that reaches the limit locks it. */
    void failed(String code) {
        long now = nanoTime.getAsLong();
        if (entries.size() > MAX_TRACKED) {
            entries.entrySet().removeIf(x -> {
                synchronized (x.getValue()) {
                    return expired(x.getValue(), now);
                }
            });
        }
        Entry e = entries.computeIfAbsent(code, c -> new Entry());
        synchronized (e) {
            if (expired(e, now)) {
                e.failures = 0;
                e.locked = false;
            }
            if (e.failures == 0) {
                e.firstFailureAt = now;
            }
            e.failures++;
            if (e.failures >= maxFailures) {
                e.locked = true;
                e.lockedUntil = now + lockNanos;
                e.failures = 0;
            }
        }
    }

    /** A right password clears the code's failures. */
    void succeeded(String code) {
        entries.remove(code);
    }

    int maxFailures() {
        return maxFailures;
    }

    /** Failures older than the lock duration no longer count, and a lock ends after it. */
    private boolean expired(Entry e, long now) {
        return e.locked ? now - e.lockedUntil >= 0 : e.failures == 0 || now - e.firstFailureAt >= lockNanos;
    }
}
