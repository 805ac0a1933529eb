package org.fundguard.core.dataset;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file format a data set table may come in besides CSV. Implementations are found with
 * {@link java.util.ServiceLoader} so that core stays free of their (heavy) libraries: put the
 * formats module on the class path and {@code <table>.<extension>} files are read like CSV ones.
 */
public interface TableFormat {
    /** File extension without the dot, e.g. "parquet". */
    String extension();

    RowSource open(Path file) throws IOException;
}
