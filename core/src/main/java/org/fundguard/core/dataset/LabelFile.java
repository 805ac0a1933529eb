package org.fundguard.core.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.fundguard.core.Label;

/** Reads a labels file (labels.csv or labels.parquet) on its own, as the evaluator does. */
public final class LabelFile {
    private LabelFile() {
    }

    /** @throws InvalidDataSetException when a row has an error (the report locates each) */
    public static List<Label> read(Path file) {
        return readAll(file, refs -> new LabelRows(refs, false));
    }

    static <T> List<T> readAll(Path file, Function<References, TableRows<T>> rowsOf) {
        References refs = new References();
        TableRows<T> rows = rowsOf.apply(refs);
        String name = file.getFileName().toString();
        refs.of(rows.table).file(name);
        ProblemLog log = new ProblemLog(LoadOptions.DEFAULT_MAX_PROBLEMS, null);
        List<T> out = new ArrayList<>();
        Consumer<T> add = out::add;
        TableCounts counts;
        try (RowSource source = TableFiles.open(file)) {
            counts = TableLoad.run(rows, name, source, Files.size(file), refs, log, new FieldText(), null, add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (log.errors() > 0) {
            throw new InvalidDataSetException(new ValidationReport(List.of(counts), log.listed(), log.errors(),
                    log.warnings()));
        }
        return out;
    }
}
