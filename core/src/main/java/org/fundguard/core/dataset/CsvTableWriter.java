package org.fundguard.core.dataset;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Streams the rows of one table into a contract CSV file (UTF-8, RFC 4180, header first). */
public final class CsvTableWriter implements Closeable {
    private final CsvWriter csv;
    private final int width;
    private long rows;

    public CsvTableWriter(Path file, Table table) {
        try {
            this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        this.width = table.columns().size();
        csv.writeRecord(table.columns());
    }

    public static CsvTableWriter in(Path dir, Table table) {
        return new CsvTableWriter(dir.resolve(table.csvFileName()), table);
    }

    public void write(String[] row) {
        if (row.length != width) {
            throw new IllegalArgumentException("row has " + row.length + " fields, table has " + width);
        }
        csv.writeRecord(row);
        rows++;
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
