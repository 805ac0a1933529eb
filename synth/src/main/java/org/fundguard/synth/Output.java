package org.fundguard.synth;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Label;
import org.fundguard.core.Settlement;
import org.fundguard.core.SubjectType;
import org.fundguard.core.Visit;
import org.fundguard.core.dataset.CsvTableWriter;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;

/**
 * The open table writers of one data set directory. Rows are written as they are made; labels and
 * hard negatives go to labels.csv and hard_negatives.csv (the latter an addition documented in
 * docs/synth.md: scenario, subject_type, subject_id, kind).
 */
public final class Output implements Closeable {
    public static final String HARD_NEGATIVES = "hard_negatives.csv";

    private final Map<Table, CsvTableWriter> writers = new EnumMap<>(Table.class);
    private final CsvWriter hardNegatives;
    private final int[] labelCount = new int[Category.values().length];
    private final int[] hardNegativeCount = new int[Category.values().length];
    private long hardNegativeRows;

    Output(Path dir) {
        for (Table t : Table.values()) {
            if (t != Table.LEADS && t != Table.SANCTION_STATUS) { // sanctions come from decisions (docs/enforcement.md), not the generator
                writers.put(t, CsvTableWriter.in(dir, t));
            }
        }
        try {
            hardNegatives = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                    .build(dir.resolve(HARD_NEGATIVES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(HARD_NEGATIVES), e);
        }
        hardNegatives.writeRecord("scenario", "subject_type", "subject_id", "kind");
    }

    void write(Table t, String[] row) {
        writers.get(t).write(row);
    }

    public void visit(Visit v) {
        write(Table.VISITS, Rows.of(v));
    }

    public void line(FeeDetail f) {
        write(Table.FEE_DETAILS, Rows.of(f));
    }

    public void settlement(Settlement s) {
        write(Table.SETTLEMENTS, Rows.of(s));
    }

    public void label(Category c, SubjectType type, String id, long fundLossFen) {
        write(Table.LABELS, Rows.of(new Label(c, type, id, Math.max(0, fundLossFen))));
        labelCount[c.ordinal()]++;
    }

    /** A legitimate look-alike of a category (scenarios.md "hard negatives"): a lead on it is a false positive. */
    public void hardNegative(Category c, SubjectType type, String id, String kind) {
        hardNegatives.writeRecord(c.name(), type.name(), id, kind);
        hardNegativeCount[c.ordinal()]++;
        hardNegativeRows++;
    }

    private final java.util.Map<String, Integer> sampled = new java.util.HashMap<>();

    /**
     * Lists a naturally occurring hard negative, up to a quota per category and kind: the clean
     * population holds thousands of them, a sample is enough to measure false positives on.
     */
    public void sampleHardNegative(Category c, SubjectType type, String id, String kind, int quota) {
        String key = c.name() + '/' + kind;
        int n = sampled.getOrDefault(key, 0);
        if (n < quota) {
            sampled.put(key, n + 1);
            hardNegative(c, type, id, kind);
        }
    }

    public int labels(Category c) {
        return labelCount[c.ordinal()];
    }

    public int hardNegatives(Category c) {
        return hardNegativeCount[c.ordinal()];
    }

    public long rows(Table t) {
        return t == Table.LEADS ? 0 : writers.get(t).rows();
    }

    public long hardNegativeRows() {
        return hardNegativeRows;
    }

    @Override
    public void close() {
        for (CsvTableWriter w : writers.values()) {
            w.close();
        }
        try {
            hardNegatives.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
