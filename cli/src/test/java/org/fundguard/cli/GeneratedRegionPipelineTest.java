package org.fundguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fundguard.core.Label;
import org.fundguard.core.Lead;
import org.fundguard.core.dataset.CsvTableWriter;
import org.fundguard.core.dataset.LabelFile;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands a user chains: synth → validate → screen → eval, on one small generated region. */
class GeneratedRegionPipelineTest {
    @TempDir
    static Path tmp;
    static Path region;

    @BeforeAll
    static void generate() {
        region = tmp.resolve("region");
        CommandRun r = CommandRun.of("synth", "--out", region.toString(), "--persons", "3000", "--months", "3",
                "--seed", "7");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void validateAcceptsAGeneratedRegion() {
        CommandRun r = CommandRun.of("validate", region.toString());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("0 error(s)");
    }

    @Test
    void evalScoresLeadsThatNameExactlyTheLabelledSubjectsAsPerfect() throws IOException {
        List<Label> labels = LabelFile.read(region.resolve("labels.csv"));
        Path leads = tmp.resolve("oracle-leads.csv");
        try (CsvTableWriter w = new CsvTableWriter(leads, Table.LEADS)) {
            int i = 0;
            for (Label l : labels) {
                w.write(Rows.of(new Lead("L" + i++, l.scenario(), "MODEL:ORACLE", l.subjectType(), l.subjectId(), null,
                        null, 1.0, l.fundLossFen(), List.of(), "标注")));
            }
        }

        CommandRun r = CommandRun.of("eval", "--data", region.toString(), "--leads", leads.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).endsWith("macro recall 1.000 precision 1.000 ap 1.000 fund-loss-recall 1.000");
    }

    @Test
    void screenWritesLeadsThatEvalScores() throws IOException {
        Path leads = tmp.resolve("leads.csv");
        Path json = tmp.resolve("eval.json");

        CommandRun screen = CommandRun.of("screen", region.toString(), "--out", leads.toString());
        CommandRun eval = CommandRun.of("eval", "--data", region.toString(), "--leads", leads.toString(), "--json",
                json.toString());

        assertThat(screen.exit()).as(screen.err()).isZero();
        assertThat(screen.out()).contains("fee lines/s", "peak heap");
        assertThat(eval.exit()).as(eval.err()).isZero();
        String last = eval.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).matches("macro recall \\d\\.\\d{3} precision \\d\\.\\d{3} ap \\d\\.\\d{3} fund-loss-recall \\d\\.\\d{3}");
        // the labelled region is found well beyond chance by the rules and models together
        double recall = Double.parseDouble(last.split(" ")[2]);
        assertThat(recall).isGreaterThan(0.6);
        assertThat(Files.readString(json)).contains("\"macro\"");
    }
}
