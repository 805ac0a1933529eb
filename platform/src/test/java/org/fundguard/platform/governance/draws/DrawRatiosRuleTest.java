package org.fundguard.platform.governance.draws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.platform.governance.GovernanceException;
import org.junit.jupiter.api.Test;

class DrawRatiosRuleTest {

    @Test
    void acceptsRatiosThatRiseOrStayAsCreditWorsens() {
        var r = DrawService.ratios(ratios(50, 100, 100, 500));

        assertThat(r.permille(CreditGrade.A)).isEqualTo(50);
        assertThat(r.permille(CreditGrade.D)).isEqualTo(500);
    }

    @Test
    void refusesARatioLowerForAWorseGrade() {
        assertThatThrownBy(() -> DrawService.ratios(ratios(50, 100, 80, 500)))
                .isInstanceOf(GovernanceException.class).hasMessageContaining("等级 C").hasMessageContaining("80‰");
    }

    @Test
    void refusesAMissingOrOutOfRangeRatio() {
        Map<CreditGrade, Integer> missing = ratios(50, 100, 200, 500);
        missing.remove(CreditGrade.B);
        assertThatThrownBy(() -> DrawService.ratios(missing)).hasMessageContaining("等级 B");
        assertThatThrownBy(() -> DrawService.ratios(ratios(50, 100, 200, 1001))).hasMessageContaining("等级 D");
    }

    private static Map<CreditGrade, Integer> ratios(int a, int b, int c, int d) {
        Map<CreditGrade, Integer> m = new EnumMap<>(CreditGrade.class);
        m.put(CreditGrade.A, a);
        m.put(CreditGrade.B, b);
        m.put(CreditGrade.C, c);
        m.put(CreditGrade.D, d);
        return m;
    }
}
