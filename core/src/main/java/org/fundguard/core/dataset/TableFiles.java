package org.fundguard.core.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Where a table of a data set directory is and how to open it: {@code <table>.csv}, or a file of a
 * {@link TableFormat} found on the class path ({@code <table>.parquet} with the formats module). A
 * directory may mix formats table by table.
 */
public final class TableFiles {
    private static final List<TableFormat> FORMATS = loadFormats();

    private TableFiles() {
    }

    /** The file a table is read from, CSV first; empty when the directory has none. */
    public static Optional<Path> find(Path dir, Table table) {
        Path csv = dir.resolve(table.csvFileName());
        if (Files.isRegularFile(csv)) {
            return Optional.of(csv);
        }
        for (TableFormat f : FORMATS) {
            Path p = dir.resolve(table.baseName() + "." + f.extension());
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Every file of the table in the directory (more than one means the CSV hides the others). */
    static List<Path> all(Path dir, Table table) {
        List<Path> out = new ArrayList<>();
        Path csv = dir.resolve(table.csvFileName());
        if (Files.isRegularFile(csv)) {
            out.add(csv);
        }
        for (TableFormat f : FORMATS) {
            Path p = dir.resolve(table.baseName() + "." + f.extension());
            if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Opens a table file by its extension: .csv, or that of a {@link TableFormat} on the class path. */
    public static RowSource open(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".csv")) {
            return new CsvRowSource(file);
        }
        for (TableFormat f : FORMATS) {
            if (name.endsWith("." + f.extension())) {
                return f.open(file);
            }
        }
        throw new IOException("no reader for " + name + " (known: .csv" + extensions() + ")");
    }

    private static String extensions() {
        StringBuilder b = new StringBuilder();
        for (TableFormat f : FORMATS) {
            b.append(", .").append(f.extension());
        }
        return b.toString();
    }

    private static List<TableFormat> loadFormats() {
        List<TableFormat> out = new ArrayList<>();
        ServiceLoader.load(TableFormat.class, TableFiles.class.getClassLoader()).forEach(out::add);
        return List.copyOf(out);
    }
}
