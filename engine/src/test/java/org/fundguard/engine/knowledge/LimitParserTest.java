package org.fundguard.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fundguard.engine.Thresholds;
import org.junit.jupiter.api.Test;

class LimitParserTest {
    private static final RuleClasses CLASSES = RuleClasses.load();
    private static final Thresholds DEFAULTS = KnowledgePoints.builtInDefaults();

    private static Limit parse(String ruleClass, String constraint) {
        return parse(ruleClass, constraint, null, DEFAULTS);
    }

    private static Limit parse(String ruleClass, String constraint, String detectLogic, Thresholds defaults) {
        KnowledgePoint p = new KnowledgePoint("KP-test", ruleClass, null, null, null, List.of("X0001"), "测试品", constraint,
                detectLogic, "batch_test", null, null, "batch_test.json", 1);
        return new LimitParser(defaults, null).parse(p, CLASSES.of(p));
    }

    @Test
    void levelThreeOnlyWhenNoLowerLevelIsAdmitted() {
        assertThat(parse("药品限医疗机构级别", "限三级医院使用。").parameters()).containsEntry("min_level", "1");
        assertThat(parse("药品限医疗机构级别", "限一级及以上医疗机构。").parameters()).containsEntry("min_level", "3");
        assertThat(parse("药品限医疗机构级别", "限二级以上医疗机构。").parameters()).containsEntry("min_level", "2");
        assertThat(parse("药品限医疗机构级别", "限专科医师处方。").needs()).containsExactly("min_level");
    }

    @Test
    void aTextNamingBothSexesIsLeftToAPerson() {
        Limit l = parse("药品区分性别使用", "用于男性或女性的尿路感染。");
        assertThat(l.executable()).isFalse();
        assertThat(l.needs()).containsExactly("gender");
    }

    @Test
    void theItemNameDecidesWhenTheTextNamesNoSex() {
        KnowledgePoint p = new KnowledgePoint("KP-test", "药品区分性别使用", null, null, null, List.of("X1"), "妇科调经片",
                "用于气血不足所致的诸症。", null, "b", null, null, "b.json", 1);
        assertThat(new LimitParser(DEFAULTS, null).parse(p, CLASSES.of(p)).parameters()).containsEntry("gender", "2");
    }

    @Test
    void readsMonthlyAndYearlyCountsAndChineseNumerals() {
        assertThat(parse("医疗服务项目周期超频次", "每月最多支付两次。").parameters())
                .containsEntry("max_count", "2").containsEntry("period", "NATURAL_MONTH");
        assertThat(parse("医疗服务项目周期超频次", "每年最多支付十二次。").parameters())
                .containsEntry("max_count", "12").containsEntry("period", "YEAR");
        assertThat(parse("医疗服务项目周期超频次", "两次评定间隔时间不短于2周。").parameters())
                .containsEntry("days", "14");
    }

    @Test
    void convertsCourseMonthsAndYearsWithTheLongestMonthAndYear() {
        assertThat(parse("药品限支付疗程", "支付不超过3个月。").parameters())
                .containsEntry("max_days", String.valueOf(3 * DEFAULTS.integer("course.days_per_month")));
        assertThat(parse("医疗服务项目限支付疗程", "支付不超过一年。").parameters())
                .containsEntry("max_days", DEFAULTS.string("course.days_per_year"));
        assertThat(parse("药品限支付疗程", "限急性期使用。").needs()).containsExactly("max_days");
    }

    @Test
    void aCourseCountedFromTheFirstUseSaysSo() {
        assertThat(parse("药品限支付疗程", "支付不超过6个月。", "第一次使用药品的日期开始计算的连续时间跨度超过限制天数", DEFAULTS)
                .details()).containsEntry("course_basis", "SPAN_FROM_FIRST_USE");
    }

    @Test
    void aRegionalDefaultReplacesTheShippedOne() {
        Thresholds region = DEFAULTS.with(Map.of("child.age_max", "13", "surgery.discount_percent", "70"));
        assertThat(parse("药品儿童专用", "用于小儿感冒。", null, region).parameters()).containsEntry("age_max", "13");
        assertThat(parse("手术项目未按规定折价收费", "肝胆手术组", null, region).parameters()).containsEntry("discount_percent", "70");
    }

    @Test
    void readsAMinimumAgeWrittenWithASign() {
        assertThat(parse("药品限儿童使用", "限年龄≥6岁的儿童患者。").parameters()).containsEntry("age_min", "6")
                .containsEntry("age_max", DEFAULTS.string("child.age_max"));
    }

    @Test
    void anUnknownPricingUnitIsLeftToAPerson() {
        assertThat(parse("医疗服务项目限定频次", "次").needs()).containsExactly("max_units");
    }

    @Test
    void withoutAnIcdTableEveryIndicationNeedsAPerson() {
        Limit l = parse("药品限适应症", "限2型糖尿病患者。");
        assertThat(l.needs()).containsExactly("diag_prefixes");
    }

    @Test
    void anInternetPointWithoutAControlledClassIsLeftToAPerson() {
        assertThat(parse("超互联网医院药品支付范围", "互联网诊疗不得开具。").needs()).containsExactly("forbidden");
    }

    @Test
    void readsChineseNumbers() {
        assertThat(LimitParser.number("十")).isEqualTo(10);
        assertThat(LimitParser.number("十四")).isEqualTo(14);
        assertThat(LimitParser.number("二十一")).isEqualTo(21);
        assertThat(LimitParser.number("两")).isEqualTo(2);
        assertThat(LimitParser.number("90")).isEqualTo(90);
    }
}
