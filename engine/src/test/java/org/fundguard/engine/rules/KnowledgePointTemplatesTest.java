package org.fundguard.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.rules.Fixtures.H1;
import static org.fundguard.engine.rules.Fixtures.aRegion;
import static org.fundguard.engine.rules.Fixtures.aVisit;
import static org.fundguard.engine.rules.Fixtures.anItem;
import static org.fundguard.engine.rules.Fixtures.coded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.knowledge.KnowledgePoints;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Templates as the national knowledge points use them (parameters as the importer writes them). */
class KnowledgePointTemplatesTest {
    private static final LocalDateTime MAR_1 = LocalDateTime.of(2025, 3, 1, 10, 0);

    @Test
    void theSecondSurgeryOfAGroupMustBeChargedAtTheDiscount() {
        Region region = aRegion().with(anItem("S1").named("胃大部切除术").cap(1_000_00))
                .with(anItem("S2").named("胆囊切除术").cap(800_00)).build();
        RuleSet rules = RuleSet.of("kp", List.of(
                coded("KP-S1", "PRICE_CAP", Category.OVER_PRICE, Map.of("discount_percent", "50",
                        "note", "confidence=default | surgery_group=胃肠手术组"), "S1"),
                coded("KP-S2", "PRICE_CAP", Category.OVER_PRICE, Map.of("discount_percent", "50", "group", "胃肠手术组"), "S2")));

        List<Finding> full = Fixtures.audit(region, rules,
                aVisit("V1").at(H1).withLine("F1", "S1", 1, 1_000_00).withLine("F2", "S2", 1, 800_00).build());
        List<Finding> discounted = Fixtures.audit(region, rules,
                aVisit("V2").at(H1).withLine("F3", "S1", 1, 1_000_00).withLine("F4", "S2", 1, 400_00).build());
        List<Finding> alone = Fixtures.audit(region, rules, aVisit("V3").at(H1).withLine("F5", "S2", 1, 800_00).build());

        assertThat(full).singleElement().satisfies(x -> {
            assertThat(x.source()).isEqualTo("RULE:KP-S2");
            assertThat(x.subjectId()).isEqualTo("F2");
            assertThat(x.amountFen()).isEqualTo(400_00);
            assertThat(x.explanation()).contains("应按50%折价收取400.00元", "主手术为费用明细F1");
        });
        assertThat(discounted).isEmpty();
        assertThat(alone).isEmpty();
    }

    @Test
    void aPaymentCourseCountsTheDaysOfUseWithinAStay() {
        Region region = aRegion().with(anItem("X1").named("奥扎格雷注射液").drug()).build();
        RuleSet rules = RuleSet.of("kp", List.of(coded("KP-C1", "DAYS_SUPPLY", Category.OVER_QUANTITY,
                Map.of("max_days", "14", "course_basis", "USE_DAYS"), "X1")));
        Fixtures.VisitBuilder stay = aVisit("V1").on(MAR_1).inpatientUntil(MAR_1.plusDays(20));
        for (int d = 0; d < 17; d++) {
            stay.withLineAt("F" + (100 + d), "X1", 10_000, 30_00, MAR_1.plusDays(d).plusHours(1));
        }
        stay.withLineAt("F200", "X1", 10_000, 30_00, MAR_1.plusDays(16).plusHours(5));

        List<Finding> f = Fixtures.audit(region, rules, stay.build());

        assertThat(f).extracting(Finding::subjectId).containsExactly("F114", "F115", "F116", "F200");
        assertThat(f.get(0).amountFen()).isEqualTo(30_00);
        assertThat(f.get(0).explanation()).contains("限支付14天", "第15天");
    }

    @Test
    void everyPublishedPointCompilesAndTheUnrunnableOnesAreListed() {
        String shared = System.getProperty("fundguard.shared");
        Assumptions.assumeTrue(shared != null);
        Path dir = Path.of(shared, "data", "nhsa-knowledge-points");
        Assumptions.assumeTrue(Files.isDirectory(dir));
        RuleSet all = RuleSet.builtIn().plus(KnowledgePoints.importFrom(dir, null, KnowledgePoints.builtInDefaults()).definitions());

        Auditor a = new Auditor(all, aRegion().build());

        assertThat(all.size()).isGreaterThan(3_900);
        assertThat(a.planSummary()).contains("disabled");
        assertThat(a.planNotes()).anySatisfy(n -> assertThat(n).contains("internet_dept_codes"));
    }

    @Test
    void aNarcoticPrescribedInAnInternetConsultationIsFlaggedOnlyThere() {
        Region region = aRegion().with(anItem("N1").named("芬太尼透皮贴剂").drug()).build();
        RuleDefinition kp = coded("KP-I1", "INTERNET_HOSPITAL_LIMIT", Category.RESTRICTION_BREACH,
                Map.of("forbidden", "NARCOTIC;PSYCHOTROPIC", "internet_dept_codes", "NET01"), "N1");
        RuleSet rules = RuleSet.of("kp", List.of(kp));

        List<Finding> online = Fixtures.audit(region, rules, aVisit("V1").inDept("NET01").withLine("F1", "N1", 1, 80_00).build());
        List<Finding> clinic = Fixtures.audit(region, rules, aVisit("V2").withLine("F2", "N1", 1, 80_00).build());

        assertThat(online).singleElement().satisfies(x -> {
            assertThat(x.amountFen()).isEqualTo(80_00);
            assertThat(x.explanation()).contains("NARCOTIC;PSYCHOTROPIC", "互联网诊疗");
        });
        assertThat(clinic).isEmpty();
    }

    @Test
    void anInternetLimitWithoutItsDepartmentsIsListedAsNotRun() {
        RuleDefinition kp = coded("KP-I2", "INTERNET_HOSPITAL_LIMIT", Category.RESTRICTION_BREACH, Map.of("forbidden", "NARCOTIC"), "N1");

        Auditor a = new Auditor(RuleSet.of("kp", List.of(kp)), aRegion().with(anItem("N1").drug()).build());

        assertThat(a.planNotes()).singleElement().satisfies(n -> assertThat(n).contains("KP-I2", "internet_dept_codes"));
    }
}
