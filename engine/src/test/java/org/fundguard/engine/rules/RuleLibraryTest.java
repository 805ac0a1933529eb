package org.fundguard.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fundguard.engine.rules.Fixtures.aRegion;
import static org.fundguard.engine.rules.Fixtures.aVisit;
import static org.fundguard.engine.rules.Fixtures.anItem;
import static org.fundguard.engine.rules.Fixtures.coded;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fundguard.core.AgreementStatus;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Institution;
import org.fundguard.core.InstitutionType;
import org.fundguard.core.Ownership;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLibraryTest {

    @Test
    void theBuiltInLibraryLoadsAndEveryRuleCompilesForEveryStage() {
        RuleSet rules = RuleSet.builtIn();
        Region region = aRegion().with(anItem("C1").cap(1_00)).build();

        assertThat(rules.size()).isGreaterThanOrEqualTo(20);
        assertThat(rules.rules()).allSatisfy(r -> {
            assertThat(r.version()).isEqualTo(1);
            assertThat(r.effectiveFrom()).isNotNull();
        });
        for (RuleDefinition.Stage s : RuleDefinition.Stage.values()) {
            assertThat(new Auditor(rules, region, s).planSummary()).contains("stage " + s);
        }
    }

    @Test
    void aRuleFileRoundTripsThroughWriteAndRead(@TempDir Path dir) {
        Path file = dir.resolve("rules.json");
        RuleSet.builtIn().writeTo(file, "copy");

        RuleSet back = RuleSet.fromFile(file);

        assertThat(back.rules()).isEqualTo(RuleSet.builtIn().rules().stream()
                .map(r -> new RuleDefinition(r.code(), r.nameZh(), r.nameEn(), r.category(), r.nationalRuleClass(), r.gzCode(),
                        r.resultType(), r.window(), r.windowDays(), r.stages(), r.template(), r.parameters(), r.appliesTo(),
                        r.enabled(), r.effectiveFrom(), r.effectiveTo(), r.version(), r.source()))
                .toList());
    }

    @Test
    void aMalformedRuleIsRefusedNamingTheFileTheRuleAndTheField() {
        String json = """
                {"format": "fundguard-rules", "formatVersion": 1, "rules": [
                  {"code": "R1", "nameZh": "x", "category": "OVER_PRICE", "template": "PRICE_CAP"},
                  {"code": "R2", "nameZh": "x", "category": "NOT_A_CATEGORY", "template": "PRICE_CAP"}]}
                """;
        assertThatThrownBy(() -> RuleFiles.read("region.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("region.json").hasMessageContaining("rule #2 (R2)").hasMessageContaining("category");
    }

    @Test
    void aTypoInAFieldNameIsRefused() {
        String json = """
                [{"code": "R1", "nameZh": "x", "category": "OVER_PRICE", "template": "PRICE_CAP", "enabeld": false}]
                """;
        assertThatThrownBy(() -> RuleFiles.read("r.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("unknown field 'enabeld'");
    }

    @Test
    void anUnknownTemplateStopsCompilationNamingTheRule() {
        RuleSet rules = RuleSet.of("t", List.of(coded("KP-X", "NO_SUCH_TEMPLATE", Category.OVER_PRICE, Map.of(), "C1")));

        assertThatThrownBy(() -> new Auditor(rules, aRegion().build()))
                .isInstanceOf(RuleException.class).hasMessageContaining("KP-X").hasMessageContaining("NO_SUCH_TEMPLATE");
    }

    @Test
    void anUnknownOrMalformedParameterStopsCompilationNamingTheRuleAndTheKey() {
        RuleSet typo = RuleSet.of("t", List.of(coded("KP-A", "AGE_LIMIT", Category.RESTRICTION_BREACH, Map.of("agemax", "6"), "C1")));
        RuleSet bad = RuleSet.of("t", List.of(coded("KP-B", "AGE_LIMIT", Category.RESTRICTION_BREACH, Map.of("age_max", "six"), "C1")));

        assertThatThrownBy(() -> new Auditor(typo, aRegion().build())).hasMessageContaining("KP-A").hasMessageContaining("'agemax'");
        assertThatThrownBy(() -> new Auditor(bad, aRegion().build())).hasMessageContaining("KP-B").hasMessageContaining("age_max");
    }

    @Test
    void aCategoryWhoseUnitTheTemplateCannotNameIsRefused() {
        RuleSet rules = RuleSet.of("t", List.of(coded("R-D", "DECEASED", Category.OVER_PRICE, Map.of())));

        assertThatThrownBy(() -> new Auditor(rules, aRegion().build())).hasMessageContaining("R-D").hasMessageContaining("VISIT");
    }

    @Test
    void aTemplateThatFailsOnARowStopsTheRunNamingTheRuleAndTheRow() {
        Region broken = new Region(List.of(Fixtures.aPerson("P1").build()),
                List.of(new Institution(Fixtures.H1, "无等级医院", InstitutionType.MEDICAL, null, "110101", Ownership.PUBLIC, 0, 0,
                        false, AgreementStatus.ACTIVE)),
                List.of(), List.of(anItem("C1").cap(10_00).build()), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> Fixtures.audit(broken, RuleSet.builtIn(), aVisit("V1").withLine("F1", "C1", 1, 20_00).build()))
                .isInstanceOf(RuleException.class)
                .hasMessageContaining("FG-PRICE-CAP").hasMessageContaining("fee_details:F1");
    }

    @Test
    void aDisabledKnowledgePointThatNeedsAPersonIsLoadedButDoesNotRun() {
        RuleDefinition needs = RuleSet.withEnabled(coded("KP-N", "INDICATION_LIMIT", Category.RESTRICTION_BREACH,
                Map.of("needs", "diag_prefixes"), "C1"), false);
        Region region = aRegion().with(anItem("C1")).build();

        Auditor a = new Auditor(RuleSet.of("t", List.of(needs)), region);

        assertThat(a.planSummary()).contains("0 rules enabled").contains("1 disabled");
    }

    @Test
    void thousandsOfKnowledgePointsBindToTheirCodesOnly() {
        List<RuleDefinition> kps = new ArrayList<>();
        Fixtures.RegionBuilder rb = aRegion();
        for (int i = 0; i < 4_000; i++) {
            String code = "K" + i;
            rb.with(anItem(code));
            kps.add(coded("KP-" + i, "GENDER_LIMIT", Category.RESTRICTION_BREACH, Map.of("gender", "2"), code));
        }
        Region region = rb.build();
        RuleSet rules = RuleSet.of("kp", kps);

        List<Finding> f = Fixtures.audit(region, rules, aVisit("V1").withLine("F1", "K17", 1, 10_00)
                .withLine("F2", "K3999", 1, 10_00).build());

        assertThat(f).extracting(Finding::source).containsExactly("RULE:KP-17", "RULE:KP-3999");
        assertThat(new Auditor(rules, region).planSummary()).contains("4000 rules enabled", "4000 code bindings");
    }

    @Test
    void aRuleOutOfForceOnTheDayDoesNotRun() {
        RuleDefinition r = coded("KP-T", "GENDER_LIMIT", Category.RESTRICTION_BREACH, Map.of("gender", "2"), "C1");
        RuleDefinition later = new RuleDefinition(r.code(), r.nameZh(), r.nameEn(), r.category(), null, null, r.resultType(),
                r.window(), 0, r.stages(), r.template(), r.parameters(), r.appliesTo(), true,
                Fixtures.DAY_1.toLocalDate().plusDays(1), null, 1, "t");
        Region region = aRegion().with(anItem("C1")).build();

        assertThat(Fixtures.audit(region, RuleSet.of("t", List.of(later)), aVisit("V1").withLine("F1", "C1", 1, 10_00).build()))
                .isEmpty();
        assertThat(Fixtures.audit(region, RuleSet.of("t", List.of(later)),
                aVisit("V2").on(Fixtures.DAY_2).withLine("F2", "C1", 1, 10_00).build())).hasSize(1);
    }

    @Test
    void aRegionFileOverridesABuiltInRuleWithTheSameCode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("region.json");
        Files.writeString(file, """
                {"format": "fundguard-rules", "formatVersion": 1, "rules": [
                  {"code": "FG-READMISSION", "nameZh": "分解住院(本地30天)", "category": "SPLIT_ADMISSION", "template": "READMISSION",
                   "parameters": {"days": "30"}}]}
                """);

        RuleSet merged = RuleSet.builtIn().plus(RuleSet.fromFile(file));

        assertThat(merged.require("FG-READMISSION").parameters()).containsEntry("days", "30");
        assertThat(merged.size()).isEqualTo(RuleSet.builtIn().size());
    }
}
