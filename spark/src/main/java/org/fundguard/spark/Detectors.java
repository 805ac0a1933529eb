package org.fundguard.spark;

import org.fundguard.engine.models.ModelCatalogue;
import org.fundguard.engine.rules.RuleSet;

/** Every detector the screen command runs, in the same configuration: the Spark job runs no other. */
final class Detectors {
    private Detectors() {
    }

    static ScreeningJob job() {
        return ScreeningJob.of(RuleSet.builtIn(), ModelCatalogue.standard());
    }
}
