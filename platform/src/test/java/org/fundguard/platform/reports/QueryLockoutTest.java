package org.fundguard.platform.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QueryLockoutTest {
    private static final long MINUTE = 60_000_000_000L;
    private static final String CODE = "ABCDEFGHJKLMNPQR";
    private final AtomicLong now = new AtomicLong(1_000 * MINUTE);
    private final QueryLockout lockout = new QueryLockout(5, Duration.ofMinutes(15), now::get);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            lockout.failed(CODE);
        }
    }

    @Test
    void locksACodeForFifteenMinutesAtTheFifthWrongPassword() {
        fail(4);
        assertThat(lockout.minutesLocked(CODE)).isZero();

        fail(1);

        assertThat(lockout.minutesLocked(CODE)).isEqualTo(15);
        assertThat(lockout.minutesLocked("ABCDEFGHJKLMNPQS")).as("other codes are not affected").isZero();
        now.addAndGet(14 * MINUTE + 1);
        assertThat(lockout.minutesLocked(CODE)).isEqualTo(1);
        now.addAndGet(MINUTE);
        assertThat(lockout.minutesLocked(CODE)).isZero();
    }

    @Test
    void afterALockEndsTheCodeGetsFiveNewAttempts() {
        fail(5);
        now.addAndGet(15 * MINUTE);

        fail(4);

        assertThat(lockout.minutesLocked(CODE)).isZero();
        fail(1);
        assertThat(lockout.minutesLocked(CODE)).isEqualTo(15);
    }

    @Test
    void aRightPasswordClearsTheFailures() {
        fail(4);
        lockout.succeeded(CODE);

        fail(4);

        assertThat(lockout.minutesLocked(CODE)).isZero();
    }

    @Test
    void failuresOlderThanTheLockDurationNoLongerCount() {
        fail(4);
        now.addAndGet(16 * MINUTE);

        fail(1);

        assertThat(lockout.minutesLocked(CODE)).isZero();
    }
}
