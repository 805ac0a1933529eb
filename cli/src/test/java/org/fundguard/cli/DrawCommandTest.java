package org.fundguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrawCommandTest {
    @TempDir
    Path tmp;

    @Test
    void reRunningFromTheWrittenFilesReproducesTheSampleDraw() throws Exception {
        Path dir = tmp.resolve("sample");
        CommandRun first = CommandRun.of("draw", "--write-sample", dir.toString(), "--seed", "2025-03-01", "--out", tmp.resolve("d.csv").toString());
        CommandRun again = CommandRun.of("draw", "--directory", dir.resolve("targets.csv").toString(),
                "--inspectors", dir.resolve("inspectors.csv").toString(), "--seed", "2025-03-01");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(body(again.out())).isEqualTo(body(first.out()));
        assertThat(first.out()).contains("snapshot sha256 ").contains("grade  population  ratio  drawn");
        assertThat(Files.readAllLines(tmp.resolve("d.csv")).get(0)).startsWith("seed,snapshot_sha256,");
    }

    @Test
    void lastYearsDrawIsAvoidedAndChangesTheSnapshot() {
        Path last = tmp.resolve("2024.csv");
        CommandRun y2024 = CommandRun.of("draw", "--sample", "--seed", "2024", "--out", last.toString());
        CommandRun y2025 = CommandRun.of("draw", "--sample", "--seed", "2025", "--previous", last.toString());

        assertThat(y2024.exit()).as(y2024.err()).isZero();
        assertThat(y2025.exit()).as(y2025.err()).isZero();
        assertThat(y2025.out()).contains("pairings avoided");
        assertThat(hash(y2025.out())).isNotEqualTo(hash(y2024.out()));
    }

    @Test
    void aBadDirectoryFileIsOneLineNamingFileLineAndField() throws Exception {
        Path targets = Files.writeString(tmp.resolve("t.csv"),
                "fixmedins_code,fixmedins_name,fixmedins_type,hosp_lv,admdvs,risk_class,credit_grade,unit\nH1,甲,1,2,370102,中,X,H1\n");
        Path inspectors = Files.writeString(tmp.resolve("i.csv"), "inspector_id,name,qualification,unit,relations\n");

        CommandRun r = CommandRun.of("draw", "--directory", targets.toString(), "--inspectors", inspectors.toString(), "--seed", "1");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("fundguard draw: " + targets + ":2:credit_grade: 'X' is not one of A, B, C, D");
    }

    @Test
    void printsInspectorNamesMasked() {
        CommandRun r = CommandRun.of("draw", "--sample", "--seed", "m");
        assertThat(r.out()).containsPattern("I\\d{4} \\p{IsHan}\\*+ \\(");
    }

    private static String body(String out) {
        return out.substring(out.indexOf("grade  population"));
    }

    private static String hash(String out) {
        return out.lines().filter(l -> l.startsWith("snapshot sha256")).findFirst().orElseThrow();
    }
}
