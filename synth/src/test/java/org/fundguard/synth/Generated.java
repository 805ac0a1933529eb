package org.fundguard.synth;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** A small generated data set read back as rows, with the subjects its labels cover. */
final class Generated {
    final Path dir;
    final Map<String, List<NamedCsvRecord>> tables = new HashMap<>();
    final Map<String, NamedCsvRecord> visits = new HashMap<>();
    final Map<String, NamedCsvRecord> persons = new HashMap<>();
    final Map<String, NamedCsvRecord> institutions = new HashMap<>();
    final Map<String, NamedCsvRecord> catalog = new HashMap<>();
    final Map<String, List<NamedCsvRecord>> linesByVisit = new HashMap<>();
    final Map<String, List<NamedCsvRecord>> settlementsByVisit = new HashMap<>();
    /** Visits inside a labelled subject (the visit, its lines or settlements, its person or institution). */
    final Set<String> labelledVisits = new HashSet<>();
    final Set<String> labelledPersons = new HashSet<>();
    final Set<String> labelledInstitutions = new HashSet<>();

    private Generated(Path dir) {
        this.dir = dir;
    }

    static Generated generate(Path dir, int persons, int months, long seed) {
        Synthesizer.generate(new SynthOptions(dir, persons, months, seed, LocalDate.of(2025, 1, 1)));
        return read(dir);
    }

    static Generated read(Path dir) {
        Generated g = new Generated(dir);
        for (String t : List.of("institutions", "practitioners", "persons", "catalog", "item_rules", "visits",
                "fee_details", "settlements", "purchases", "inventory", "labels", "hard_negatives")) {
            g.tables.put(t, load(dir.resolve(t + ".csv")));
        }
        for (NamedCsvRecord r : g.rows("visits")) {
            g.visits.put(r.getField("mdtrt_id"), r);
        }
        for (NamedCsvRecord r : g.rows("persons")) {
            g.persons.put(r.getField("psn_no"), r);
        }
        for (NamedCsvRecord r : g.rows("institutions")) {
            g.institutions.put(r.getField("fixmedins_code"), r);
        }
        for (NamedCsvRecord r : g.rows("catalog")) {
            g.catalog.put(r.getField("med_list_codg"), r);
        }
        Map<String, String> visitOfLine = new HashMap<>();
        for (NamedCsvRecord r : g.rows("fee_details")) {
            g.linesByVisit.computeIfAbsent(r.getField("mdtrt_id"), k -> new ArrayList<>()).add(r);
            visitOfLine.put(r.getField("feedetl_sn"), r.getField("mdtrt_id"));
        }
        Map<String, String> visitOfSettlement = new HashMap<>();
        for (NamedCsvRecord r : g.rows("settlements")) {
            g.settlementsByVisit.computeIfAbsent(r.getField("mdtrt_id"), k -> new ArrayList<>()).add(r);
            visitOfSettlement.put(r.getField("setl_id"), r.getField("mdtrt_id"));
        }
        for (NamedCsvRecord r : g.rows("labels")) {
            String id = r.getField("subject_id");
            switch (r.getField("subject_type")) {
                case "VISIT" -> g.labelledVisits.add(id);
                case "FEE_DETAIL" -> g.labelledVisits.add(visitOfLine.get(id));
                case "SETTLEMENT" -> g.labelledVisits.add(visitOfSettlement.get(id));
                case "PERSON" -> g.labelledPersons.add(id);
                case "INSTITUTION" -> g.labelledInstitutions.add(id);
                default -> throw new IllegalStateException(r.toString());
            }
        }
        for (NamedCsvRecord v : g.rows("visits")) {
            if (g.labelledPersons.contains(v.getField("psn_no"))
                    || g.labelledInstitutions.contains(v.getField("fixmedins_code"))) {
                g.labelledVisits.add(v.getField("mdtrt_id"));
            }
        }
        return g;
    }

    List<NamedCsvRecord> rows(String table) {
        return tables.get(table);
    }

    boolean clean(String visitId) {
        return !labelledVisits.contains(visitId);
    }

    private static List<NamedCsvRecord> load(Path file) {
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(file)) {
            return r.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
