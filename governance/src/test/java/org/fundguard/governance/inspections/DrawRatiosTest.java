package org.fundguard.governance.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fundguard.governance.credit.CreditGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DrawRatiosTest {
    @TempDir
    Path tmp;

    @Test
    void lowerGradesAreDrawnMoreOftenByDefault() {
        DrawRatios r = DrawRatios.defaults();
        assertThat(r.permille(CreditGrade.A)).isLessThan(r.permille(CreditGrade.B));
        assertThat(r.permille(CreditGrade.B)).isLessThan(r.permille(CreditGrade.C));
        assertThat(r.permille(CreditGrade.C)).isLessThan(r.permille(CreditGrade.D));
    }

    @Test
    void roundsUpAndNeverDrawsMoreThanTheStratum() {
        DrawRatios r = DrawRatios.of(java.util.Map.of(CreditGrade.A, 1, CreditGrade.B, 100, CreditGrade.C, 999, CreditGrade.D, 1000));
        assertThat(r.drawCount(CreditGrade.A, 3)).isEqualTo(1);
        assertThat(r.drawCount(CreditGrade.B, 20)).isEqualTo(2);
        assertThat(r.drawCount(CreditGrade.B, 19)).isEqualTo(2);
        assertThat(r.drawCount(CreditGrade.C, 5)).isEqualTo(5);
        assertThat(r.drawCount(CreditGrade.D, 0)).isZero();
    }

    @Test
    void aRatioWithoutItsOriginIsRefused() throws Exception {
        Path f = tmp.resolve("ratios.csv");
        Files.writeString(f, "credit_grade,ratio_permille,origin\nA,50,local\nB,100,\nC,200,x\nD,500,x\n");

        assertThatThrownBy(() -> DrawRatios.read(f)).hasMessage(f + ":3:origin: empty");
    }

    @Test
    void aMissingGradeIsRefused() throws Exception {
        Path f = tmp.resolve("ratios.csv");
        Files.writeString(f, "# comment\ncredit_grade,ratio_permille,origin\nA,50,x\nB,100,x\nC,200,x\n");

        assertThatThrownBy(() -> DrawRatios.read(f)).hasMessage(f + ": no ratio for credit grade D");
    }
}
