package org.fundguard.core.dataset;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Lenient mode's record of what was not loaded: per table, {@code <table>.csv} with each rejected
 * row as it was read plus {@code source_line} and {@code reason}; and {@code problems.csv} with every
 * problem (the report lists only the first few). Files are created only when there is something to
 * put in them.
 */
final class Quarantine implements Closeable {
    static final String PROBLEMS_FILE = "problems.csv";
    static final String REPORT_FILE = "report.txt";

    private final Path dir;
    private final Map<Table, CsvWriter> tables = new EnumMap<>(Table.class);
    private CsvWriter problems;

    Quarantine(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    void reject(Table table, List<String> header, RowBuffer row, String reason) {
        CsvWriter w = tables.get(table);
        if (w == null) {
            List<String> columns = new ArrayList<>(header);
            columns.add("source_line");
            columns.add("reason");
            w = open(table.csvFileName());
            w.writeRecord(columns);
            tables.put(table, w);
        }
        String[] out = new String[row.fieldCount() + 2];
        for (int i = 0; i < row.fieldCount(); i++) {
            out[i] = row.text(i);
        }
        out[out.length - 2] = Long.toString(row.line());
        out[out.length - 1] = reason;
        w.writeRecord(out);
    }

    void problem(Problem p) {
        if (problems == null) {
            problems = open(PROBLEMS_FILE);
            problems.writeRecord("file", "line", "field", "value", "reason", "severity");
        }
        problems.writeRecord(p.file(), Long.toString(p.line()), p.field() == null ? "" : p.field(),
                p.value() == null ? "" : p.value(), p.reason(), p.severity().name());
    }

    private CsvWriter open(String name) {
        try {
            Files.createDirectories(dir);
            return CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(dir.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write quarantine file " + dir.resolve(name), e);
        }
    }

    @Override
    public void close() {
        try {
            for (CsvWriter w : tables.values()) {
                w.close();
            }
            if (problems != null) {
                problems.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write quarantine files in " + dir, e);
        }
    }
}
