package org.fundguard.formats;

import java.io.IOException;
import java.nio.file.Path;
import org.fundguard.core.dataset.RowSource;
import org.fundguard.core.dataset.TableFormat;

/** {@code <table>.parquet} files, found by core through {@link java.util.ServiceLoader}. */
public final class ParquetFormat implements TableFormat {
    @Override
    public String extension() {
        return "parquet";
    }

    @Override
    public RowSource open(Path file) throws IOException {
        return new ParquetRowSource(file);
    }
}
