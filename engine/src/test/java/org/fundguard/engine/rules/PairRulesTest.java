package org.fundguard.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.rules.Fixtures.DAY_1;
import static org.fundguard.engine.rules.Fixtures.H2;
import static org.fundguard.engine.rules.Fixtures.aRegion;
import static org.fundguard.engine.rules.Fixtures.aVisit;
import static org.fundguard.engine.rules.Fixtures.anItem;
import static org.fundguard.engine.rules.Fixtures.auditWith;
import static org.fundguard.engine.rules.Fixtures.coded;

import java.util.List;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.core.Relation;
import org.fundguard.core.RuleScope;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Test;

class PairRulesTest {
    private final Region region = aRegion()
            .with(anItem("A1").named("急诊监护费")).with(anItem("B1").named("急诊诊查费"))
            .with(anItem("A2").named("一般专项护理")).with(anItem("B2").named("静脉采血"))
            .with(anItem("PK").named("腹腔镜胆囊切除术")).with(anItem("CM").named("腹腔镜探查术"))
            .rule("A1", "B1", Relation.EXCLUSIVE, RuleScope.DAY)
            .rule("A2", "B2", Relation.EXCLUSIVE, RuleScope.VISIT)
            .rule("PK", "CM", Relation.BUNDLED, RuleScope.VISIT)
            .build();

    @Test
    void flagsTheCodeBLineOfAnExclusivePairChargedTheSameDayEvenWhenItCameFirst() {
        List<Finding> f = auditWith("FG-EXCLUSIVE-PAIR", region,
                aVisit("V1").withLine("F1", "B1", 1, 12_00).withLine("F2", "A1", 1, 80_00).build());

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.category()).isEqualTo(Category.DUPLICATE_CHARGE);
            assertThat(x.subjectId()).isEqualTo("F1");
            assertThat(x.amountFen()).isEqualTo(12_00);
            assertThat(x.fundShareFen()).isEqualTo(8_40);
            assertThat(x.evidence()).contains("fee_details:F1", "fee_details:F2");
            assertThat(x.explanation()).contains("急诊诊查费(B1)与同日已收费项目急诊监护费(A1)(费用明细F2)互斥");
        });
    }

    @Test
    void doesNotFlagAnExclusivePairOnDifferentDays() {
        assertThat(auditWith("FG-EXCLUSIVE-PAIR", region,
                aVisit("V1").on(DAY_1).withLine("F1", "A1", 1, 80_00).build(),
                aVisit("V2").on(DAY_1.plusDays(1)).withLine("F2", "B1", 1, 12_00).build())).isEmpty();
    }

    @Test
    void aVisitScopedPairIgnoresAnotherVisitTheSameDay() {
        assertThat(auditWith("FG-EXCLUSIVE-PAIR", region,
                aVisit("V1").on(DAY_1).withLine("F1", "A2", 1, 10_00).build(),
                aVisit("V2").at(H2).on(DAY_1.plusHours(2)).withLine("F2", "B2", 1, 5_00).build())).isEmpty();
        assertThat(auditWith("FG-EXCLUSIVE-PAIR", region,
                aVisit("V1").withLine("F1", "A2", 1, 10_00).withLine("F2", "B2", 1, 5_00).build()))
                .extracting(Finding::subjectId).containsExactly("F2");
    }

    @Test
    void flagsAComponentChargedBesideItsPackage() {
        List<Finding> f = auditWith("FG-BUNDLED", region,
                aVisit("V1").withLine("F1", "PK", 1, 1_500_00).withLine("F2", "CM", 1, 600_00).build());

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.category()).isEqualTo(Category.UNBUNDLING);
            assertThat(x.subjectId()).isEqualTo("F2");
            assertThat(x.amountFen()).isEqualTo(600_00);
            assertThat(x.fundShareFen()).isEqualTo(420_00);
            assertThat(x.explanation()).contains("的组成部分，不得另行收费");
        });
    }

    @Test
    void doesNotFlagAComponentChargedAlone() {
        assertThat(auditWith("FG-BUNDLED", region, aVisit("V1").withLine("F1", "CM", 1, 600_00).build())).isEmpty();
    }

    @Test
    void doesNotFlagAComponentWhosePackageWasRefunded() {
        assertThat(auditWith("FG-BUNDLED", region, aVisit("V1").withLine("F1", "PK", 1, 1_500_00)
                .withLine("F2", "CM", 1, 600_00).withRefund("F3", "PK", 1, 1_500_00).build())).isEmpty();
    }

    @Test
    void aKnowledgePointPairNamesItsCodesAsParameters() {
        RuleSet kp = RuleSet.of("test", List.of(coded("KP-P1", "EXCLUSIVE_PAIR", Category.DUPLICATE_CHARGE,
                Map.of("code_a", "A2", "code_b", "B1", "scope", "VISIT"), "A2", "B1")));

        List<Finding> f = Fixtures.audit(region, kp,
                aVisit("V1").withLine("F1", "A2", 1, 10_00).withLine("F2", "B1", 1, 12_00).build());

        assertThat(f).extracting(Finding::subjectId).containsExactly("F2");
    }
}
