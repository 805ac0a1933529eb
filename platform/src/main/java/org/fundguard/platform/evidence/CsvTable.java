package org.fundguard.platform.evidence;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.fundguard.core.Money;

/**
 * Streams one table of a data set directory by column name (the contract lets columns come in any
 * order), so evidence can be picked out of files far larger than memory. A bad value stops the
 * import with the file, line, field and reason.
 */
public final class CsvTable {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path file;
    private final Map<String, Integer> columns = new HashMap<>();
    private CsvRecord current;

    private CsvTable(Path file) {
        this.file = file;
    }

    /** Reads every row of {@code file}, handing each to {@code row}; the header must name {@code required}. */
    public static void forEach(Path file, List<String> required, Consumer<CsvTable> row) {
        CsvTable t = new CsvTable(file);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).skipEmptyLines(true)
                .ofCsvRecord(file, StandardCharsets.UTF_8)) {
            Iterator<CsvRecord> it = reader.iterator();
            if (!it.hasNext()) {
                throw new EvidenceException(file.getFileName() + ": the file is empty (a header row is required)");
            }
            List<String> header = it.next().getFields();
            for (int i = 0; i < header.size(); i++) {
                t.columns.put(header.get(i).trim(), i);
            }
            for (String r : required) {
                if (!t.columns.containsKey(r)) {
                    throw new EvidenceException(file.getFileName() + ": line 1: missing column '" + r + "'");
                }
            }
            while (it.hasNext()) {
                t.current = it.next();
                row.accept(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static boolean exists(Path dir, String table) {
        return Files.isRegularFile(dir.resolve(table + ".csv"));
    }

    /** The field's text; null for an empty field or a column the file does not have. */
    public String get(String column) {
        Integer i = columns.get(column);
        if (i == null || i >= current.getFieldCount()) {
            return null;
        }
        String v = current.getField(i);
        return v.isEmpty() ? null : v;
    }

    public String required(String column) {
        String v = get(column);
        if (v == null) {
            throw bad(column, "empty");
        }
        return v;
    }

    public long fen(String column) {
        String v = get(column);
        if (v == null) {
            return 0;
        }
        try {
            return Money.parseFen(v);
        } catch (NumberFormatException e) {
            throw bad(column, "'" + v + "' is not a yuan amount: " + e.getMessage());
        }
    }

    public LocalDateTime dateTime(String column) {
        String v = required(column);
        try {
            return LocalDateTime.parse(v, DATE_TIME);
        } catch (DateTimeParseException e) {
            throw bad(column, "'" + v + "' is not a date-time yyyy-MM-dd HH:mm:ss");
        }
    }

    public LocalDate date(String column) {
        String v = get(column);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw bad(column, "'" + v + "' is not a date yyyy-MM-dd");
        }
    }

    public java.math.BigDecimal decimal(String column) {
        String v = required(column);
        try {
            return new java.math.BigDecimal(v);
        } catch (NumberFormatException e) {
            throw bad(column, "'" + v + "' is not a number");
        }
    }

    public EvidenceException bad(String column, String reason) {
        return new EvidenceException(file.getFileName() + ": line " + current.getStartingLineNumber() + ": field "
                + column + ": " + reason);
    }
}
