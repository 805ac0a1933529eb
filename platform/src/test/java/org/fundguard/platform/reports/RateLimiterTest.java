package org.fundguard.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final long MINUTE = 60_000_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * MINUTE);
    private final RateLimiter limiter = new RateLimiter(6, now::get);

    @Test
    void allowsABurstOfTheHourlyAllowanceThenRefusesTheAddress() {
        for (int i = 0; i < 6; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        }

        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).as("another address has its own bucket").isTrue();
        assertThat(limiter.minutesUntilNext("10.0.0.1")).isEqualTo(10);
    }

    @Test
    void refillsEvenlyOverTheHour() {
        for (int i = 0; i < 6; i++) {
            limiter.tryAcquire("10.0.0.1");
        }

        now.addAndGet(9 * MINUTE);
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        now.addAndGet(MINUTE);
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        now.addAndGet(600 * MINUTE);
        assertThat(limiter.minutesUntilNext("10.0.0.1")).isZero();
    }
}
