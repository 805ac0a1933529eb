package org.fundguard.governance.inspections;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.governance.files.CsvInput;

/**
 * Reads and writes the directory files. Target columns follow institutions.csv of the data contract
 * where they overlap ({@code fixmedins_code, fixmedins_name, fixmedins_type, hosp_lv, admdvs}); an
 * inspector's {@code relations} are codes separated by {@code ;}.
 */
public final class DirectoryFiles {
    static final List<String> TARGET_COLUMNS = List.of("fixmedins_code", "fixmedins_name", "fixmedins_type", "hosp_lv",
            "admdvs", "risk_class", "credit_grade", "unit");
    static final List<String> INSPECTOR_COLUMNS = List.of("inspector_id", "name", "qualification", "unit", "relations");
    static final List<String> PAIRING_COLUMNS = List.of("fixmedins_code", "inspector_id");

    private DirectoryFiles() {
    }

    public static Directory read(Path targets, Path inspectors) {
        return new Directory(readTargets(targets), readInspectors(inspectors));
    }

    public static List<InspectionTarget> readTargets(Path file) {
        List<InspectionTarget> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvInput.Row row : CsvInput.read(file, TARGET_COLUMNS)) {
            String code = row.required("fixmedins_code");
            Long first = seen.putIfAbsent(code, row.line());
            if (first != null) {
                throw row.error("fixmedins_code", "duplicate code " + code + " (first on line " + first + ")");
            }
            out.add(new InspectionTarget(code, row.required("fixmedins_name"), row.required("fixmedins_type"),
                    row.optional("hosp_lv"), row.required("admdvs"), row.optional("risk_class"),
                    row.oneOf("credit_grade", CreditGrade::of, "A, B, C, D"), row.required("unit")));
        }
        return out;
    }

    public static List<Inspector> readInspectors(Path file) {
        List<Inspector> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvInput.Row row : CsvInput.read(file, INSPECTOR_COLUMNS)) {
            String id = row.required("inspector_id");
            Long first = seen.putIfAbsent(id, row.line());
            if (first != null) {
                throw row.error("inspector_id", "duplicate id " + id + " (first on line " + first + ")");
            }
            Set<String> relations = new TreeSet<>();
            for (String r : row.optional("relations").split(";")) {
                if (!r.isBlank()) {
                    relations.add(r.strip());
                }
            }
            out.add(new Inspector(id, row.required("name"), row.required("qualification"), row.required("unit"),
                    new TreeSet<>(relations)));
        }
        return out;
    }

    /** Last year's draw: any CSV with {@code fixmedins_code} and {@code inspector_id}, e.g. a draw's --out file. */
    public static List<Pairing> readPairings(Path file) {
        Set<Pairing> out = new LinkedHashSet<>();
        for (CsvInput.Row row : CsvInput.read(file, PAIRING_COLUMNS)) {
            out.add(new Pairing(row.required("fixmedins_code"), row.required("inspector_id")));
        }
        return List.copyOf(out);
    }

    public static void writeTargets(List<InspectionTarget> targets, Path file) {
        write(file, w -> {
            line(w, TARGET_COLUMNS);
            for (InspectionTarget t : targets) {
                line(w, List.of(t.code(), t.name(), t.type(), t.level(), t.region(), t.riskClass(),
                        t.creditGrade().name(), t.unit()));
            }
        });
    }

    public static void writeInspectors(List<Inspector> inspectors, Path file) {
        write(file, w -> {
            line(w, INSPECTOR_COLUMNS);
            for (Inspector i : inspectors) {
                line(w, List.of(i.id(), i.name(), i.qualification(), i.unit(), String.join(";", i.relations())));
            }
        });
    }

    /**
     * A draw as CSV, one row per (target, inspector) pair, with the seed and snapshot hash on every
     * row so the file stands alone; it is also next year's {@code --previous} input.
     */
    public static void writeDraw(Draw draw, Path file) {
        write(file, w -> {
            line(w, List.of("seed", "snapshot_sha256", "credit_grade", "fixmedins_code", "fixmedins_name",
                    "inspector_id", "qualification"));
            for (Draw.Assignment a : draw.assignments()) {
                for (Inspector i : a.inspectors()) {
                    line(w, List.of(draw.seed(), draw.snapshotSha256(), a.target().creditGrade().name(),
                            a.target().code(), a.target().name(), i.id(), i.qualification()));
                }
            }
        });
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static void write(Path file, Body body) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.write(w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                w.write('"');
                w.write(f.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(f);
            }
        }
        w.write('\n');
    }
}
