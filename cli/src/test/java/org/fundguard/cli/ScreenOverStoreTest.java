package org.fundguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fundguard.core.Category;
import org.fundguard.core.Lead;
import org.fundguard.core.dataset.DataSet;
import org.fundguard.core.dataset.DataSets;
import org.fundguard.core.dataset.LoadOptions;
import org.fundguard.core.dataset.ValidationMode;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Leads;
import org.fundguard.engine.models.ClaimStore;
import org.fundguard.engine.models.Screening;
import org.fundguard.engine.models.StageListener;
import org.fundguard.synth.SynthOptions;
import org.fundguard.synth.Synthesizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code screen} reads a region into a compact store and builds claims on demand; its leads must be
 * exactly those of the whole data set loaded as records, whatever the number of threads.
 */
class ScreenOverStoreTest {
    @TempDir
    static Path tmp;
    static Path dir;
    static List<Lead> fromRecords;

    @BeforeAll
    static void aGeneratedRegionScreenedFromLoadedRecords() {
        dir = tmp.resolve("region");
        Synthesizer.generate(new SynthOptions(dir, 4000, 4, 31, LocalDate.of(2025, 1, 1)));
        DataSet data = DataSets.load(dir, ValidationMode.STRICT).requireValid();
        List<Finding> findings = new ArrayList<>(Detection.audit(data, 2, List.of()));
        findings.addAll(Screening.run(data, new Screening.Options(2, List.of(), StageListener.SILENT)));
        fromRecords = findings.stream().map(Leads::of).toList();
    }

    private static List<Lead> fromStore(int threads) {
        ClaimStore.Loaded loaded = ClaimStore.load(dir, LoadOptions.strict()).requireValid();
        List<Finding> findings = new ArrayList<>(Detection.audit(loaded.claims(), loaded.region(), threads, List.of()));
        findings.addAll(Screening.run(loaded.claims(), loaded.region(),
                new Screening.Options(threads, List.of(), StageListener.SILENT)));
        return findings.stream().map(Leads::of).toList();
    }

    @Test
    void givesExactlyTheLeadsOfTheLoadedRecordsOnOneThreadAndOnSeveral() {
        List<Lead> one = fromStore(1);
        List<Lead> three = fromStore(3);

        Set<Category> categories = EnumSet.noneOf(Category.class);
        fromRecords.forEach(l -> categories.add(l.category()));
        assertThat(categories).as("the region exercises rules and models").hasSizeGreaterThan(15);
        assertThat(one).isEqualTo(fromRecords);
        assertThat(three).isEqualTo(fromRecords);
    }
}
