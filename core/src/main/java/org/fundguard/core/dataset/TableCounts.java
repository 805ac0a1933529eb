package org.fundguard.core.dataset;

/**
 * What happened to one table: every row read is either accepted or rejected; warnings do not reject.
 * {@code file} is null when the table was absent.
 */
public record TableCounts(Table table, String file, long rowsRead, long accepted, long rejected, long errors,
        long warnings, long bytes, long nanos) {

    public boolean present() {
        return file != null;
    }

    /** Rows read per second of reading and validating this table. */
    public double rowsPerSecond() {
        return nanos == 0 ? 0 : rowsRead * 1e9 / nanos;
    }
}
