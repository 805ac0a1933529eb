package org.fundguard.platform;

import java.time.Duration;
import java.time.Instant;
import org.fundguard.platform.runs.DataRun;
import org.fundguard.platform.runs.RunService;

/** Waits for a background data run to finish. */
public final class TestRuns {
    private TestRuns() {
    }

    public static DataRun awaitFinished(RunService runs, long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            DataRun r = runs.get(id);
            if (r.finished()) {
                return r;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("data run " + id + " did not finish in 90 s: " + runs.get(id));
    }
}
