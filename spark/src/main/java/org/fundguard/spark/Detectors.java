package org.fundguard.spark;

import java.util.List;

/** Every detector the local commands run, in the same configuration: the Spark job runs no other. */
final class Detectors {
    private Detectors() {
    }

    static ScreeningJob job() {
        // wired to the engine's model and rule catalogue once those land on main
        return ScreeningJob.of(List.of());
    }
}
