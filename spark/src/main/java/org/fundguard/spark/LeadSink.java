package org.fundguard.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Where leads go. The rows have the contract's leads columns, typed as {@link LeadRows#SCHEMA} says. */
@FunctionalInterface
public interface LeadSink {
    void write(Dataset<Row> leads);
}
