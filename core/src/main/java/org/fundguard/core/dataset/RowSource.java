package org.fundguard.core.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The rows of one table file, in file order, as a {@link TableFormat} reads them. Each row carries
 * its position: the physical line where it starts for text files (header = line 1), the row number
 * for columnar files (first row = 1).
 */
public interface RowSource extends Closeable {
    /** The column names, in the file's order (contract names; order is free). */
    List<String> header();

    /** Fills {@code row} with the next row; false at the end of the file. */
    boolean next(RowBuffer row) throws IOException;
}
