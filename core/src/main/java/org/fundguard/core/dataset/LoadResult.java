package org.fundguard.core.dataset;

/**
 * A loaded data set and how its validation went. {@link #dataSet()} holds the accepted rows; in
 * strict mode a set with errors must not be used, which {@link #requireValid()} enforces.
 */
public record LoadResult(DataSet dataSet, ValidationReport report, ValidationMode mode) {

    /** The data set, unless strict validation found errors. */
    public DataSet requireValid() {
        if (mode == ValidationMode.STRICT && report.hasErrors()) {
            throw new InvalidDataSetException(report);
        }
        return dataSet;
    }
}
