package org.fundguard.engine.models;

/**
 * Hears when a stage of a model's run ends: how long it took and how many items it handled, so a
 * command can print progress and time per stage. Called from the executor's calling thread only.
 */
@FunctionalInterface
public interface StageListener {
    StageListener SILENT = (model, stage, nanos, items) -> { };

    /**
     * @param model the model code, or a name like {@code claims} for shared stages
     * @param stage {@code statistics}, {@code grouping}, {@code screening}, ...
     */
    void stageDone(String model, String stage, long nanos, long items);
}
