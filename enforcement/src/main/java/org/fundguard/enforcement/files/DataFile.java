package org.fundguard.enforcement.files;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
 * The enforcement tables (sanction catalogues, discretion bases, points tables) are small CSV files
 * with a header row and {@code #} comment lines that say where each value comes from. Every problem
 * names file, line and field.
 */
public final class DataFile {
    private DataFile() {
    }

    /** One data row, fields by header name, values stripped. */
    public static final class Row {
        private final String file;
        private final long line;
        private final Map<String, Integer> columns;
        private final List<String> fields;

        private Row(String file, long line, Map<String, Integer> columns, List<String> fields) {
            this.file = file;
            this.line = line;
            this.columns = columns;
            this.fields = fields;
        }

        public String file() {
            return file;
        }

        public long line() {
            return line;
        }

        /** The field, or "" when empty or absent. */
        public String optional(String name) {
            Integer i = columns.get(name);
            return i == null || i >= fields.size() ? "" : fields.get(i).strip();
        }

        public String required(String name) {
            String v = optional(name);
            if (v.isEmpty()) {
                throw error(name, "empty");
            }
            return v;
        }

        public long number(String name, long min, long max) {
            String v = required(name);
            long n;
            try {
                n = Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw error(name, "not a whole number: '" + v + "'");
            }
            if (n < min || n > max) {
                throw error(name, n + " outside " + min + ".." + max);
            }
            return n;
        }

        public <T> T oneOf(String name, Function<String, T> lookup, String allowed) {
            String v = required(name);
            T t = lookup.apply(v);
            if (t == null) {
                throw error(name, "'" + v + "' is not one of " + allowed);
            }
            return t;
        }

        public DataFileException error(String field, String reason) {
            return new DataFileException(file, line, field, reason);
        }
    }

    /** Reads a resource beside {@code owner}; a missing resource is a packaging error. */
    public static List<Row> resource(Class<?> owner, String name, List<String> requiredColumns) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
            }
            return read("classpath:" + name, new InputStreamReader(in, StandardCharsets.UTF_8), requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Row> read(Path file, List<String> requiredColumns) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), r, requiredColumns);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file.toString(), "no such file");
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
                    columns = new HashMap<>();
                    for (int i = 0; i < rec.getFieldCount(); i++) {
                        if (columns.putIfAbsent(rec.getField(i).strip(), i) != null) {
                            throw new DataFileException(name, rec.getStartingLineNumber(), rec.getField(i).strip(), "column appears twice");
                        }
                    }
                    for (String col : requiredColumns) {
                        if (!columns.containsKey(col)) {
                            throw new DataFileException(name, rec.getStartingLineNumber(), col,
                                    "missing column (header must have " + String.join(",", requiredColumns) + ")");
                        }
                    }
                } else if (rec.getFieldCount() > 1 || !rec.getField(0).isBlank()) {
                    rows.add(new Row(name, rec.getStartingLineNumber(), columns, rec.getFields()));
                }
            }
        } catch (UncheckedIOException e) {
            throw new DataFileException(name, "unreadable: " + e.getCause().getMessage());
        }
        if (columns == null) {
            throw new DataFileException(name, "empty file (no header row)");
        }
        return rows;
    }
}
