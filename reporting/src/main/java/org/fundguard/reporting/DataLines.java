package org.fundguard.reporting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The line-oriented UTF-8 files the reporting data lives in: '#' starts a comment line, blank lines are
 * skipped, every other line is kept with its number so errors can point at it. Tab-separated files name
 * their columns in the first non-comment line.
 */
public final class DataLines {
    private final String source;
    private final List<Line> lines;

    public record Line(int number, String text) {
    }

    private DataLines(String source, List<Line> lines) {
        this.source = source;
        this.lines = lines;
    }

    public static DataLines read(Reader reader, String source) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String text;
            int n = 0;
            while ((text = r.readLine()) != null) {
                n++;
                if (n == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                String trimmed = text.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                lines.add(new Line(n, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot be read", e);
        }
        return new DataLines(source, lines);
    }

    /** A resource beside {@code anchor}'s package, e.g. {@code resource(Taxonomy.class, "behaviours.tsv")}. */
    public static DataLines resource(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        String source = anchor.getPackageName().replace('.', '/') + "/" + name;
        if (in == null) {
            throw new DataFileException(source, "missing from the classpath");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), source);
    }

    public String source() {
        return source;
    }

    public List<Line> lines() {
        return lines;
    }

    public DataFileException error(Line line, String field, String reason) {
        return new DataFileException(source, line.number(), field, reason);
    }

    /** Tab-separated rows under a header naming exactly {@code columns}, in that order. */
    public List<Row> table(String... columns) {
        if (lines.isEmpty()) {
            throw new DataFileException(source, "empty: expected a header " + String.join("\t", columns));
        }
        Line header = lines.get(0);
        String[] names = header.text().split("\t", -1);
        if (!java.util.Arrays.equals(names, columns)) {
            throw error(header, null, "header must be " + String.join("<TAB>", columns));
        }
        List<Row> rows = new ArrayList<>(lines.size() - 1);
        for (Line line : lines.subList(1, lines.size())) {
            String[] cells = line.text().split("\t", -1);
            if (cells.length != columns.length) {
                throw error(line, null, "has " + cells.length + " tab-separated fields, expected " + columns.length);
            }
            rows.add(new Row(this, line, columns, cells));
        }
        return rows;
    }

    public static final class Row {
        private final DataLines file;
        private final Line line;
        private final String[] columns;
        private final String[] cells;

        private Row(DataLines file, Line line, String[] columns, String[] cells) {
            this.file = file;
            this.line = line;
            this.columns = columns;
            this.cells = cells;
        }

        public String get(String column) {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i].equals(column)) {
                    return cells[i].strip();
                }
            }
            throw new IllegalArgumentException("no column " + column);
        }

        public String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw error(column, "is empty");
            }
            return value;
        }

        public DataFileException error(String column, String reason) {
            return file.error(line, column, reason);
        }

        public int lineNumber() {
            return line.number();
        }
    }
}
