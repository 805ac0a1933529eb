package org.fundguard.core.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one table file through its {@link TableRows}: maps the header to contract columns, then
 * accepts or rejects every row, so that rows read = accepted + rejected always holds.
 */
final class TableLoad {
    private TableLoad() {
    }

    static <T> TableCounts run(TableRows<T> rows, String fileName, RowSource source, long bytes, References refs,
            ProblemLog log, FieldText text, Quarantine quarantine, Consumer<? super T> accepted) {
        long started = System.nanoTime();
        long errorsBefore = log.errors();
        long warningsBefore = log.warnings();
        Table table = rows.table;
        List<String> header = source.header();
        int[] map = new int[table.columns().size()];
        String headerProblem = mapHeader(table, rows, fileName, header, map, log);
        KeyIndex keys = refs.of(table);
        RowCheck check = new RowCheck(table, fileName, map, log, text);
        RowBuffer row = new RowBuffer();
        long read = 0;
        long rejected = 0;
        try {
            while (source.next(row)) {
                read++;
                check.start(row);
                String reason;
                if (headerProblem != null) {
                    reason = headerProblem;
                    markKeyRejected(rows, keys, map, row);
                } else if (row.fieldCount() != header.size()) {
                    check.rowError("row has " + row.fieldCount() + " fields, the header has " + header.size());
                    markKeyRejected(rows, keys, map, row);
                    reason = check.reasons();
                } else {
                    T record = rows.parse(check);
                    check.finish();
                    if (!check.rejected()) {
                        accepted.accept(record);
                        continue;
                    }
                    reason = check.reasons();
                }
                rejected++;
                if (quarantine != null) {
                    quarantine.reject(table, header, row, reason);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName + " after line " + row.line(), e);
        }
        return new TableCounts(table, fileName, read, read - rejected, rejected, log.errors() - errorsBefore,
                log.warnings() - warningsBefore, bytes, System.nanoTime() - started);
    }

    /** Fills {@code map}; returns why no row can be read when the header is unusable, else null. */
    private static String mapHeader(Table table, TableRows<?> rows, String file, List<String> header, int[] map,
            ProblemLog log) {
        Arrays.fill(map, -1);
        if (header.isEmpty()) {
            log.add(new Problem(file, 1, null, null, "no header row", Severity.ERROR));
            return "no header row";
        }
        List<String> fatal = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            int c = table.columns().indexOf(name);
            if (c < 0) {
                log.add(new Problem(file, 1, name, null, "unknown column, ignored", Severity.WARNING));
            } else if (map[c] >= 0) {
                log.add(new Problem(file, 1, name, null, "column appears twice", Severity.ERROR));
                fatal.add("column " + name + " appears twice");
            } else {
                map[c] = i;
            }
        }
        for (int c = 0; c < map.length; c++) {
            if (map[c] < 0) {
                String name = table.columns().get(c);
                if (rows.columnRequired(c)) {
                    log.add(new Problem(file, 1, name, null, "required column is missing", Severity.ERROR));
                    fatal.add("required column " + name + " is missing");
                } else {
                    log.add(new Problem(file, 1, name, null, "optional column is missing, read as empty",
                            Severity.WARNING));
                }
            }
        }
        return fatal.isEmpty() ? null : "header: " + String.join(", ", fatal);
    }

    private static void markKeyRejected(TableRows<?> rows, KeyIndex keys, int[] map, RowBuffer row) {
        int c = rows.keyColumn();
        if (c < 0 || map[c] < 0 || map[c] >= row.fieldCount() || row.length(map[c]) == 0) {
            return;
        }
        String key = row.text(map[c]);
        int e = keys.add(key, row.line());
        if (e >= 0) {
            keys.reject(e);
        }
    }
}
