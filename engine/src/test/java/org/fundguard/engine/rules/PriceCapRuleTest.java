package org.fundguard.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.rules.Fixtures.H1;
import static org.fundguard.engine.rules.Fixtures.H2;
import static org.fundguard.engine.rules.Fixtures.aRegion;
import static org.fundguard.engine.rules.Fixtures.aVisit;
import static org.fundguard.engine.rules.Fixtures.anItem;
import static org.fundguard.engine.rules.Fixtures.auditWith;

import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Test;

class PriceCapRuleTest {
    private static final String RULE = "FG-PRICE-CAP";
    private final Region region = aRegion()
            .with(anItem("C1").named("静脉输液").cap(45_00).capLv2(40_00))
            .with(anItem("X1").named("美容项目").selfPaid())
            .build();

    @Test
    void flagsUnitPriceAboveTheLevel3CapWithTheExcessTimesTheCount() {
        List<Finding> f = auditWith(RULE, region, aVisit("V1").at(H1).withLine("F1", "C1", 2, 58_00).build());

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.category()).isEqualTo(Category.OVER_PRICE);
            assertThat(x.subjectType()).isEqualTo(SubjectType.FEE_DETAIL);
            assertThat(x.subjectId()).isEqualTo("F1");
            assertThat(x.amountFen()).isEqualTo(26_00);
            // settlement: medfee 116.00, fund 81.20 → 26.00 × 8120 / 11600 = 18.20
            assertThat(x.fundShareFen()).isEqualTo(18_20);
            assertThat(x.explanation()).isEqualTo(
                    "费用明细F1：项目静脉输液(C1)单价58.00元，超过三级医院最高限价45.00元，超额13.00元×2=26.00元");
            assertThat(x.evidence()).contains("fee_details:F1", "visits:V1", "settlements:S1", "institutions:" + H1);
        });
    }

    @Test
    void appliesTheLevel2CapAtALevel2Hospital() {
        List<Finding> f = auditWith(RULE, region, aVisit("V1").at(H2).withLine("F1", "C1", 1, 42_00).build());

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.amountFen()).isEqualTo(2_00);
            assertThat(x.explanation()).contains("超过二级医院最高限价40.00元");
        });
    }

    @Test
    void doesNotFlagAPriceExactlyAtTheCap() {
        assertThat(auditWith(RULE, region, aVisit("V1").at(H1).withLine("F1", "C1", 3, 45_00).build())).isEmpty();
    }

    @Test
    void doesNotFlagSelfPaidItemsWithoutACap() {
        List<Finding> all = Fixtures.audit(region, RuleSet.builtIn(),
                aVisit("V1").at(H1).withLine("F1", "X1", 1, 9_999_00).ownpay(9_999_00).build());

        assertThat(all).isEmpty();
    }

    @Test
    void countsOnlyTheUnitsLeftAfterARefund() {
        List<Finding> f = auditWith(RULE, region,
                aVisit("V1").at(H1).withLine("F1", "C1", 3, 58_00).withRefund("F2", "C1", 1, 58_00).build());

        assertThat(f).singleElement().satisfies(x -> assertThat(x.amountFen()).isEqualTo(26_00));
    }

    @Test
    void fundShareIsExactToTheFenAtAnOddRatio() {
        // medfee 58.01, fund 33% truncated = 19.14 → 13.01 × 1914 / 5801 = 4.2925... → 4.29
        List<Finding> f = auditWith(RULE, region,
                aVisit("V1").at(H1).withLine("F1", "C1", 1, 58_01).fundPercent(33).build());

        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.amountFen()).isEqualTo(13_01);
            assertThat(x.fundShareFen()).isEqualTo(4_29);
        });
    }

    @Test
    void fundShareRoundsHalfUpToTheFen() {
        // medfee 58.01, fund 70% truncated = 40.60 → 13.01 × 4060 / 5801 = 9.1055... → 9.11
        List<Finding> f = auditWith(RULE, region, aVisit("V1").at(H1).withLine("F1", "C1", 1, 58_01).build());

        assertThat(f).singleElement().satisfies(x -> assertThat(x.fundShareFen()).isEqualTo(9_11));
    }
}
