package org.fundguard.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad knowledge-point directories: each error names the file, the point and the field. */
class KnowledgePointFilesTest {
    @TempDir
    Path dir;

    private void index(int total, String... tagsAndCounts) throws IOException {
        StringBuilder b = new StringBuilder("{\"meta\":{\"total_records\":" + total + ",\"supersede_links\":0},\"batches\":[");
        for (int i = 0; i < tagsAndCounts.length; i += 2) {
            b.append(i == 0 ? "" : ",").append("{\"batch_tag\":\"").append(tagsAndCounts[i]).append("\",\"records\":")
                    .append(tagsAndCounts[i + 1]).append(",\"rule_classes\":[\"药品限工伤保险\"],\"published_at\":null}");
        }
        Files.writeString(dir.resolve("index.json"), b.append("]}").toString());
    }

    private static String point(String id, String tag) {
        return "{\"kp_id\":\"" + id + "\",\"rule_class\":\"药品限工伤保险\",\"med_codes\":[\"X1\"],\"item_name\":\"某药\","
                + "\"constraint\":\"限工伤保险\",\"detect_logic\":\"参保人险种非工伤保险\",\"batch_tag\":\"" + tag + "\",\"supersedes\":null}";
    }

    @Test
    void readsTheListedFilesInIndexOrder() throws IOException {
        index(3, "batch_01", "2", "batch_02", "1");
        Files.writeString(dir.resolve("batch_01.json"), "[" + point("KP-a", "batch_01") + "," + point("KP-b", "batch_01") + "]");
        Files.writeString(dir.resolve("batch_02.json"), "[" + point("KP-c", "batch_02") + "]");
        Files.writeString(dir.resolve("rule_catalog.json"), "{\"rules\":[]}");
        assertThat(KnowledgePointFiles.read(dir).points()).extracting(KnowledgePoint::kpId).containsExactly("KP-a", "KP-b", "KP-c");
    }

    @Test
    void refusesAPointsFileTheIndexDoesNotList() throws IOException {
        index(1, "batch_01", "1");
        Files.writeString(dir.resolve("batch_01.json"), "[" + point("KP-a", "batch_01") + "]");
        Files.writeString(dir.resolve("batch_99.json"), "[" + point("KP-z", "batch_99") + "]");
        assertThatThrownBy(() -> KnowledgePointFiles.read(dir)).isInstanceOf(KnowledgeFileException.class)
                .hasMessageContaining("batch_99.json").hasMessageContaining("not listed");
    }

    @Test
    void refusesAFileWithFewerPointsThanAnnounced() throws IOException {
        index(2, "batch_01", "2");
        Files.writeString(dir.resolve("batch_01.json"), "[" + point("KP-a", "batch_01") + "]");
        assertThatThrownBy(() -> KnowledgePointFiles.read(dir)).hasMessageContaining("batch_01.json: 1 points, but index.json announces 2");
    }

    @Test
    void namesTheFilePositionAndFieldOfAPointWithoutId() throws IOException {
        index(1, "batch_01", "1");
        Files.writeString(dir.resolve("batch_01.json"), "[{\"rule_class\":\"药品限工伤保险\",\"med_codes\":[]}]");
        assertThatThrownBy(() -> KnowledgePointFiles.read(dir)).hasMessage("batch_01.json #1 kp_id: missing");
    }

    @Test
    void namesTheLineOfBrokenJson() throws IOException {
        index(1, "batch_01", "1");
        Files.writeString(dir.resolve("batch_01.json"), "[\n" + point("KP-a", "batch_01") + ",\n{\"kp_id\": }\n]");
        assertThatThrownBy(() -> KnowledgePointFiles.read(dir)).hasMessageContaining("batch_01.json: not valid JSON at line 3");
    }

    @Test
    void refusesAReplacementOfAnUnknownPoint() throws IOException {
        index(1, "batch_01", "1");
        Files.writeString(dir.resolve("batch_01.json"), "[" + point("KP-a", "batch_01").replace("\"supersedes\":null", "\"supersedes\":\"KP-gone\"") + "]");
        assertThatThrownBy(() -> KnowledgePoints.importFrom(dir, null, KnowledgePoints.builtInDefaults()))
                .hasMessageContaining("KP-a").hasMessageContaining("supersedes: unknown point KP-gone");
    }

    @Test
    void refusesARuleClassWithoutATemplate() throws IOException {
        index(1, "batch_01", "1");
        Files.writeString(dir.resolve("batch_01.json"), "[" + point("KP-a", "batch_01").replace("药品限工伤保险", "药品限新规则") + "]");
        assertThatThrownBy(() -> KnowledgePoints.importFrom(dir, null, KnowledgePoints.builtInDefaults()))
                .hasMessageContaining("药品限新规则").hasMessageContaining("has no template");
    }
}
