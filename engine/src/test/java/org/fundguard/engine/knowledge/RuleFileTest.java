package org.fundguard.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFileTest {
    @TempDir
    Path tmp;

    @Test
    void theExportedNationalPointsReadBackUnchanged() {
        KnowledgeImport imp = PublishedKnowledge.get();
        Path f = tmp.resolve("rules-national.json");
        RuleFile.write(f, imp.version(), "test", imp.definitions());
        RuleFile.Contents back = RuleFile.read(f);
        assertThat(back.version()).isEqualTo(imp.version());
        assertThat(back.rules()).isEqualTo(imp.definitions());
    }

    @Test
    void refusesADefinitionEnabledWhileItStillNeedsAValue() throws IOException {
        KnowledgeImport imp = PublishedKnowledge.get();
        Path f = tmp.resolve("edited.json");
        RuleFile.write(f, imp.version(), "test", imp.definitions().stream().filter(d -> d.code().equals("KP-1306697c94c4ded2")).toList());
        Files.writeString(f, Files.readString(f).replace("\"enabled\" : false", "\"enabled\" : true"));
        assertThatThrownBy(() -> RuleFile.read(f)).isInstanceOf(KnowledgeFileException.class)
                .hasMessageContaining("KP-1306697c94c4ded2").hasMessageContaining("still needs diag_prefixes");
    }

    @Test
    void refusesAFileWhoseCountDiffersFromItsHeader() throws IOException {
        KnowledgeImport imp = PublishedKnowledge.get();
        Path f = tmp.resolve("short.json");
        RuleFile.write(f, imp.version(), "test", imp.definitions().subList(0, 2));
        Files.writeString(f, Files.readString(f).replace("\"count\" : 2", "\"count\" : 3"));
        assertThatThrownBy(() -> RuleFile.read(f)).hasMessageContaining("announces 3 rules, the file holds 2");
    }
}
