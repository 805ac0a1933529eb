package org.fundguard.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcdNamesTest {
    private static final String BEFORE = "限性型期度的和或及与于用为伴并人童年";
    private static final String AFTER = "患的和或及与伴并成儿者、，；。：:,;.(（";

    @TempDir
    Path tmp;

    private IcdNames table(String... lines) throws IOException {
        Path f = tmp.resolve("ZD_INFO.dat");
        Files.write(f, java.util.List.of(lines));
        return IcdNames.read(f, Set.of('R', 'S', 'T', 'Z'), 3, BEFORE, AFTER);
    }

    @Test
    void aNameAcceptsEveryCategoryWhoseNameContainsIt() throws IOException {
        IcdNames icd = table("E11.900 2型糖尿病", "E11.200x001 2型糖尿病性肾病", "O24.100 妊娠合并2型糖尿病", "E14.900 糖尿病");
        IcdNames.Match m = icd.match("限成人2型糖尿病患者。");
        assertThat(m.names()).containsExactly("2型糖尿病");
        assertThat(m.prefixes()).containsExactly("E11", "O24");
        assertThat(m.complete()).isTrue();
    }

    @Test
    void doesNotMatchANameInsideALongerWord() throws IOException {
        IcdNames icd = table("M13.900 关节炎", "C85.900 淋巴瘤");
        assertThat(icd.find("限诊断明确的类风湿关节炎患者")).isEmpty();
        assertThat(icd.find("限间变性淋巴瘤激酶(ALK)阳性的非小细胞肺癌")).isEmpty();
        assertThat(icd.find("限复发性淋巴瘤患者")).containsExactly("淋巴瘤");
    }

    @Test
    void neverTakesSymptomsInjuriesOrEncountersAsIndications() throws IOException {
        IcdNames icd = table("R13.x00 吞咽困难", "S37.000 肾损伤");
        assertThat(icd.find("限口服吞咽困难的肾损伤患者")).isEmpty();
    }

    @Test
    void isIncompleteWhenOneOfSeveralIndicationsIsNotInTheTable() throws IOException {
        IcdNames icd = table("K25.900 胃溃疡");
        IcdNames.Match m = icd.match("限：1.活动性胃溃疡；2.幽门螺杆菌根除治疗。");
        assertThat(m.indications()).isEqualTo(2);
        assertThat(m.complete()).isFalse();
        assertThat(m.prefixes()).containsExactly("K25");
    }

    @Test
    void aMalformedLineNamesTheFileAndLine() throws IOException {
        assertThatThrownBy(() -> table("E11.900 2型糖尿病", "garbage")).isInstanceOf(KnowledgeFileException.class)
                .hasMessageContaining("ZD_INFO.dat:2");
    }
}
