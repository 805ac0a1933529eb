package org.fundguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fundguard.engine.knowledge.RuleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeCommandTest {
    private static final Path DATA = Path.of(System.getProperty("fundguard.shared", "../shared")).resolve(KnowledgeCommand.DATA_UNDER_SHARED);

    @TempDir
    Path tmp;


    @Test
    void reportsCoverageAsJsonAndExportsEveryPointAsARuleFile() throws Exception {
        Path rules = tmp.resolve("rules-national.json");
        Path needs = tmp.resolve("needs.tsv");
        CommandRun r = CommandRun.of("knowledge", "--data", DATA.toString(), "--no-icd", "--json", "--export", rules.toString(), "--report", needs.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        int announced = new ObjectMapper().readTree(DATA.resolve("index.json").toFile()).path("meta").path("total_records").asInt();
        JsonNode total = json.path("total");
        assertThat(total.path("points").asInt()).isEqualTo(announced);
        assertThat(total.path("executable").asInt() + total.path("need_a_person").asInt()).isEqualTo(announced);
        assertThat(total.path("executable_with_auto_icd").asInt()).as("--no-icd reads no indication").isZero();
        assertThat(json.path("need_a_person").size()).isEqualTo(total.path("need_a_person").asInt());

        assertThat(RuleFile.read(rules).rules()).hasSize(announced);
        assertThat(Files.readAllLines(needs)).hasSize(total.path("need_a_person").asInt() + 1);
        assertThat(r.err()).contains("written to").contains("need a person");
    }

    @Test
    void aMissingDirectoryIsOneClearLineNotAStackTrace() {
        CommandRun r = CommandRun.of("knowledge", "--data", tmp.resolve("nowhere").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nowhere").contains("not a directory").doesNotContain("Exception");
    }
}
