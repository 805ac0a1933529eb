package org.fundguard.core.dataset;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a contract CSV file with FastCSV (chosen by measured speed, docs/adr/0001-csv-library.md).
 * FastCSV hands each field over as a slice of its buffer; they are copied into one reused
 * {@link RowBuffer}, so reading allocates nothing per field. A BOM is skipped; a row whose field
 * count differs from the header's is passed on as it is (the loader reports it).
 */
final class CsvRowSource implements RowSource {
    private final Handler handler = new Handler();
    private final CsvReader<RowBuffer> reader;
    private final CloseableIterator<RowBuffer> rows;
    private final List<String> header;
    private final Path file;

    CsvRowSource(Path file) throws IOException {
        this.file = file;
        this.reader = CsvReader.builder()
                .detectBomHeader(true)
                .ignoreDifferentFieldCount(true)
                .skipEmptyLines(true)
                .build(handler, file, StandardCharsets.UTF_8);
        this.rows = reader.iterator();
        List<String> names = new ArrayList<>();
        if (advance()) {
            RowBuffer h = handler.row;
            for (int i = 0; i < h.fieldCount(); i++) {
                names.add(h.text(i).strip());
            }
        }
        this.header = List.copyOf(names);
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean next(RowBuffer row) throws IOException {
        handler.row = row;
        return advance();
    }

    private boolean advance() throws IOException {
        try {
            if (!rows.hasNext()) {
                return false;
            }
            rows.next();
            return true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            // FastCSV gives up only on a broken file (e.g. a field beyond its buffer limit)
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class Handler extends AbstractBaseCsvCallbackHandler<RowBuffer> {
        RowBuffer row = new RowBuffer();

        @Override
        protected void handleBegin(long startingLineNumber) {
            row.begin(startingLineNumber);
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            row.add(buf, offset, len);
        }

        @Override
        protected RecordWrapper<RowBuffer> buildRecord() {
            return wrapRecord(row);
        }
    }
}
