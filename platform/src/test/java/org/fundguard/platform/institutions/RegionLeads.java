package org.fundguard.platform.institutions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Trims a test region's leads.csv to the leads a test needs: every import adds its tagged leads to the
 * shared test database, and the deceased-visit pair would otherwise crowd other tests' duplicate lists.
 */
final class RegionLeads {
    private RegionLeads() {
    }

    static void keepOnly(Path dir, String... leadIds) {
        Path leads = dir.resolve("leads.csv");
        Set<String> keep = Set.of(leadIds);
        try {
            List<String> lines = Files.readAllLines(leads);
            List<String> kept = new java.util.ArrayList<>();
            kept.add(lines.get(0));
            for (String line : lines.subList(1, lines.size())) {
                if (keep.contains(line.substring(0, line.indexOf(',')))) {
                    kept.add(line);
                }
            }
            Files.write(leads, kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
