package org.fundguard.spark;

import org.fundguard.engine.models.ModelCatalogue;

/** Every detector the local commands run, in the same configuration: the Spark job runs no other. */
final class Detectors {
    private Detectors() {
    }

    static ScreeningJob job() {
        return ScreeningJob.of(ModelCatalogue.standard());
    }
}
