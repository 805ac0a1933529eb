package org.fundguard.synth;

import org.fundguard.core.Category;

/**
 * One category of scenarios.md injected into the region: {@link #plan} chooses persons and
 * institutions before the stream and schedules the violating visits (labelled as labelling.md
 * says) together with the category's hard negatives (listed in hard_negatives.csv).
 */
public interface Injection {
    Category category();

    void plan(InjectionContext ctx);

    /** After every row is written (stock included): institution-level labels that need totals. */
    default void finish(InjectionContext ctx) {
    }
}
