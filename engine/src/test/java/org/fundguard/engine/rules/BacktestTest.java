package org.fundguard.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fundguard.engine.rules.Fixtures.H1;
import static org.fundguard.engine.rules.Fixtures.aRegion;
import static org.fundguard.engine.rules.Fixtures.aVisit;
import static org.fundguard.engine.rules.Fixtures.anItem;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Test;

class BacktestTest {
    private static final LocalDateTime MAR_1 = LocalDateTime.of(2025, 3, 1, 10, 0);
    private final Region region = aRegion().with(anItem("C1")).build();

    private List<PersonClaims> data(Claim... claims) {
        return PersonClaims.group(java.util.Arrays.stream(claims).map(Claim::visit).toList(),
                java.util.Arrays.stream(claims).flatMap(c -> c.lines().stream()).toList(),
                java.util.Arrays.stream(claims).flatMap(c -> c.settlements().stream()).toList()).persons();
    }

    private Fixtures.VisitBuilder stay(String id, LocalDateTime admit) {
        return aVisit(id).at(H1).on(admit).inpatientUntil(admit.plusDays(3)).diag("K35.8")
                .withLine("F" + id.substring(1), "C1", 1, 1_000_00);
    }

    @Test
    void showsWhatWideningTheReadmissionWindowWouldAdd() {
        List<PersonClaims> d = data(stay("V1", MAR_1).build(), stay("V2", MAR_1.plusDays(13)).build(),
                stay("V3", MAR_1.plusDays(36)).build());

        Backtest.Report r = Backtest.run(RuleSet.builtIn(), region, d, "FG-READMISSION", Map.of("days", "30"));

        assertThat(r.before().findings()).isEqualTo(1);
        assertThat(r.before().fundShareFen()).isEqualTo(700_00);
        assertThat(r.after().findings()).isEqualTo(2);
        assertThat(r.after().parameters()).containsEntry("days", "30");
        assertThat(r.added()).extracting(Finding::subjectId).containsExactly("V3");
        assertThat(r.dropped()).isEmpty();
        assertThat(r.format(5)).contains("调整前", "调整后", "新增命中 1", "V3");
    }

    @Test
    void refusesAnUnknownRule() {
        assertThatThrownBy(() -> Backtest.run(RuleSet.builtIn(), region, List.of(), "NO-SUCH", Map.of()))
                .hasMessageContaining("NO-SUCH");
    }

    @Test
    void refusesAParameterTheTemplateDoesNotKnow() {
        assertThatThrownBy(() -> Backtest.run(RuleSet.builtIn(), region, List.of(), "FG-READMISSION", Map.of("dayz", "30")))
                .hasMessageContaining("'dayz'");
    }
}
