package org.fundguard.governance.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.fundguard.governance.files.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryFilesTest {
    @TempDir
    Path tmp;

    @Test
    void shuffledFilesGiveTheSameSnapshotAndDraw() throws Exception {
        Directory sample = SampleDirectory.generate(11, 80, 20);
        Path t1 = tmp.resolve("t1.csv");
        Path i1 = tmp.resolve("i1.csv");
        DirectoryFiles.writeTargets(sample.targets(), t1);
        DirectoryFiles.writeInspectors(sample.inspectors(), i1);
        Path t2 = shuffledCopy(t1, "t2.csv");
        Path i2 = shuffledCopy(i1, "i2.csv");

        Draw a = RandomDraw.draw(DirectoryFiles.read(t1, i1), List.of(), DrawRatios.defaults(), 2, "s");
        Draw b = RandomDraw.draw(DirectoryFiles.read(t2, i2), List.of(), DrawRatios.defaults(), 2, "s");

        assertThat(Files.readString(t2)).isNotEqualTo(Files.readString(t1));
        assertThat(b).isEqualTo(a);
        assertThat(DirectoryFiles.read(t1, i1)).isEqualTo(sample);
    }

    @Test
    void aDrawWrittenOutIsReadBackAsNextYearsPairings() {
        Directory sample = SampleDirectory.generate(11, 80, 20);
        Draw draw = RandomDraw.draw(sample, List.of(), DrawRatios.defaults(), 2, "2024");
        Path out = tmp.resolve("draw-2024.csv");
        DirectoryFiles.writeDraw(draw, out);

        assertThat(DirectoryFiles.readPairings(out)).containsExactlyElementsOf(draw.pairings());
    }

    @Test
    void aBadGradeIsReportedWithFileLineAndField() throws Exception {
        Path f = tmp.resolve("targets.csv");
        Files.writeString(f, String.join("\n",
                "fixmedins_code,fixmedins_name,fixmedins_type,hosp_lv,admdvs,risk_class,credit_grade,unit",
                "H37010200001,甲医院,1,2,370102,中,A,H37010200001",
                "H37010200002,乙医院,1,2,370102,中,E,H37010200002", ""), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DirectoryFiles.readTargets(f))
                .isInstanceOf(InputFileException.class)
                .hasMessage(f + ":3:credit_grade: 'E' is not one of A, B, C, D");
    }

    @Test
    void aDuplicateInspectorIsReportedWithBothLines() throws Exception {
        Path f = tmp.resolve("inspectors.csv");
        Files.writeString(f, "inspector_id,name,qualification,unit,relations\nI1,王某,行政执法证,医保局,\nI1,李某,行政执法证,医保局,\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DirectoryFiles.readInspectors(f))
                .hasMessage(f + ":3:inspector_id: duplicate id I1 (first on line 2)");
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        Path f = tmp.resolve("inspectors.csv");
        Files.writeString(f, "inspector_id,name,unit\nI1,王某,医保局\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DirectoryFiles.readInspectors(f))
                .hasMessageStartingWith(f + ":1:qualification: missing column");
    }

    @Test
    void aMissingFileIsNamed() {
        Path f = tmp.resolve("nope.csv");
        assertThatThrownBy(() -> DirectoryFiles.readPairings(f)).hasMessage(f + ": no such file");
    }

    private Path shuffledCopy(Path file, String name) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(body, new Random(5));
        body.add(0, lines.get(0));
        return Files.write(tmp.resolve(name), body, StandardCharsets.UTF_8);
    }
}
