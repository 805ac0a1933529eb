package org.fundguard.governance.files;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Small governance files (directories, ratios, schemes): a header row, one record per line, lines
 * starting with {@code #} are comments. Every problem names file, line and field.
 */
public final class CsvInput {
    private CsvInput() {
    }

    /** One data row: fields looked up by header name, values stripped. */
    public static final class Row {
        private final String file;
        private final long line;
        private final Map<String, Integer> columns;
        private final List<String> fields;

        Row(String file, long line, Map<String, Integer> columns, List<String> fields) {
            this.file = file;
            this.line = line;
            this.columns = columns;
            this.fields = fields;
        }

        public long line() {
            return line;
        }

        /** The field, or "" when the row is shorter than the header. */
        public String optional(String name) {
            Integer i = columns.get(name);
            if (i == null || i >= fields.size()) {
                return "";
            }
            return fields.get(i).strip();
        }

        public String required(String name) {
            String v = optional(name);
            if (v.isEmpty()) {
                throw error(name, "empty");
            }
            return v;
        }

        public int integer(String name, int min, int max) {
            String v = required(name);
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw error(name, "not a whole number: '" + v + "'");
            }
            if (n < min || n > max) {
                throw error(name, n + " outside " + min + ".." + max);
            }
            return n;
        }

        public long wholeNumber(String name, long min) {
            String v = required(name);
            long n;
            try {
                n = Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw error(name, "not a whole number: '" + v + "'");
            }
            if (n < min) {
                throw error(name, n + " below " + min);
            }
            return n;
        }

        /** A required field that must name one of the given values. */
        public <T> T oneOf(String name, Function<String, T> lookup, String allowed) {
            String v = required(name);
            T t = lookup.apply(v);
            if (t == null) {
                throw error(name, "'" + v + "' is not one of " + allowed);
            }
            return t;
        }

        public InputFileException error(String field, String reason) {
            return new InputFileException(file, line, field, reason);
        }
    }

    public static List<Row> read(Path file, List<String> requiredColumns) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), r, requiredColumns);
        } catch (NoSuchFileException e) {
            throw new InputFileException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static List<Row> read(String name, Reader reader, List<String> requiredColumns) {
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .detectBomHeader(true)
                .ignoreDifferentFieldCount(true)
                .skipEmptyLines(true)
                .commentStrategy(CommentStrategy.SKIP)
                .ofCsvRecord(reader);
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = null;
        try {
            for (CsvRecord rec : csv) {
                if (columns == null) {
                    columns = header(name, rec, requiredColumns);
                    continue;
                }
                if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()) {
                    continue;
                }
                rows.add(new Row(name, rec.getStartingLineNumber(), columns, rec.getFields()));
            }
        } catch (UncheckedIOException e) {
            throw new InputFileException(name, "unreadable CSV: " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            if (e instanceof InputFileException) {
                throw e;
            }
            throw new InputFileException(name, "malformed CSV: " + e.getMessage());
        }
        if (columns == null) {
            throw new InputFileException(name, "empty file (no header row)");
        }
        return rows;
    }

    private static Map<String, Integer> header(String name, CsvRecord rec, List<String> required) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < rec.getFieldCount(); i++) {
            String col = rec.getField(i).strip();
            if (columns.putIfAbsent(col, i) != null) {
                throw new InputFileException(name, rec.getStartingLineNumber(), col, "column appears twice in the header");
            }
        }
        for (String col : required) {
            if (!columns.containsKey(col)) {
                throw new InputFileException(name, rec.getStartingLineNumber(), col,
                        "missing column (header must have " + String.join(",", required) + ")");
            }
        }
        return columns;
    }
}
