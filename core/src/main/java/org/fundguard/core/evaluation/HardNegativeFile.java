package org.fundguard.core.evaluation;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.SubjectType;

/**
 * Reads hard_negatives.csv (scenario, subject_type, subject_id, kind): the generator's list of
 * legitimate subjects that look like a category (scenarios.md), so the evaluation can say how many
 * of them a run flagged. An addition to the contract, documented in docs/synth.md.
 */
public final class HardNegativeFile {
    public static final String FILE_NAME = "hard_negatives.csv";

    private HardNegativeFile() {
    }

    public static List<Evaluation.HardNegative> read(Path file) {
        List<Evaluation.HardNegative> out = new ArrayList<>();
        String name = file.getFileName().toString();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
            for (NamedCsvRecord r : csv) {
                long line = r.getStartingLineNumber();
                Category c = Category.of(field(r, "scenario", name, line));
                String type = field(r, "subject_type", name, line);
                SubjectType t = SubjectType.of(type);
                if (c == null) {
                    throw new IllegalArgumentException(name + ":" + line + ":scenario: value '"
                            + r.getField("scenario") + "': not a category of scenarios.md");
                }
                if (t == null) {
                    throw new IllegalArgumentException(name + ":" + line + ":subject_type: value '" + type
                            + "': not a subject type");
                }
                out.add(new Evaluation.HardNegative(c, t, field(r, "subject_id", name, line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    private static String field(NamedCsvRecord r, String column, String file, long line) {
        String v = r.findField(column).orElseThrow(
                () -> new IllegalArgumentException(file + ":1:" + column + ": column is missing"));
        if (v.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + line + ":" + column + ": value is empty");
        }
        return v;
    }
}
