package org.fundguard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.fundguard.core.Lead;
import org.fundguard.core.dataset.CsvTableWriter;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;

/** Writes leads as the contract's leads.csv, in a stable order (category, then score, then id). */
final class LeadsOut {
    private LeadsOut() {
    }

    static void write(Path file, List<Lead> leads) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the folder of " + file, e);
        }
        List<Lead> sorted = leads.stream()
                .sorted(Comparator.comparing(Lead::category).thenComparing(Comparator.comparingDouble(Lead::score).reversed())
                        .thenComparing(Lead::leadId))
                .toList();
        try (CsvTableWriter w = new CsvTableWriter(file, Table.LEADS)) {
            sorted.forEach(l -> w.write(Rows.of(l)));
        }
    }
}
