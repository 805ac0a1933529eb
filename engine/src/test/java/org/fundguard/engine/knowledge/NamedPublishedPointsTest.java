package org.fundguard.engine.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.engine.knowledge.PublishedKnowledge.outcome;
import static org.fundguard.engine.knowledge.PublishedKnowledge.rule;

import org.fundguard.core.Category;
import org.fundguard.engine.Thresholds;
import org.fundguard.engine.rules.RuleDefinition;
import org.fundguard.engine.rules.RuleDefinition.ResultType;
import org.fundguard.engine.rules.RuleDefinition.Window;
import org.junit.jupiter.api.Test;

/** Parameters read from named real points: each id below is quoted with the text it was published with. */
class NamedPublishedPointsTest {
    private static final Thresholds DEFAULTS = KnowledgePoints.builtInDefaults();

    private static java.util.Map<String, String> details(String kpId) {
        return KnowledgePoints.details(rule(kpId));
    }

    @Test
    void readsTheSexFromAnOrganOrConditionOfOneSex() {
        // 阿帕他胺片: "限转移性激素敏感性前列腺癌(mHSPC)患者。"
        assertThat(rule("KP-630264b3f1586762").parameters()).containsEntry("gender", "1");
        assertThat(details("KP-630264b3f1586762")).containsEntry("basis", "前列腺").containsEntry("confidence", "parsed");
        // 女珍颗粒: "本品用于更年期综合征属肝肾阴虚 …"
        assertThat(rule("KP-4333bc58dd944369").parameters()).containsEntry("gender", "2");
        assertThat(rule("KP-630264b3f1586762").category()).isEqualTo(Category.RESTRICTION_BREACH);
        assertThat(rule("KP-630264b3f1586762").template()).isEqualTo("GENDER_LIMIT");
    }

    @Test
    void anExplicitSexWordWinsOverAConditionOfTheOtherSex() {
        // 睾丸片: "用于神经衰弱，发育迟缓，男子更年期障碍或缺乏睾丸素所致的各种疾病。"
        assertThat(rule("KP-4700f9eb3079fcfb").parameters()).containsEntry("gender", "1");
        assertThat(details("KP-4700f9eb3079fcfb")).containsEntry("basis", "男子");
    }

    @Test
    void readsTheSexOfServiceItemsFromTheirGroup() {
        // 阴茎延长术(隐匿型延长术): "男性泌尿生殖系统相关手术"; 子宫颈管环扎术: "女性生产相关手术操作"
        assertThat(rule("KP-971ec96ccba50c1a").parameters()).containsEntry("gender", "1");
        assertThat(rule("KP-5577db718dcc2f5a").parameters()).containsEntry("gender", "2");
    }

    @Test
    void readsStatedAgeRangesAsWholeYearsInclusive() {
        // 盐酸可乐定缓释片: "限6-17岁儿童和青少年的注意缺陷多动障碍(ADHD)。"
        assertThat(rule("KP-2318abd2c8ad2e92").parameters()).containsEntry("age_min", "6").containsEntry("age_max", "17");
        assertThat(details("KP-2318abd2c8ad2e92")).containsEntry("confidence", "parsed");
        // 玛巴洛沙韦干混悬剂: "限5至12岁以下单纯性甲型和乙型流感儿童患者。"
        assertThat(rule("KP-50b104b98c1c30f9").parameters()).containsEntry("age_min", "5").containsEntry("age_max", "12");
        // 小儿多种维生素注射液(13): "适用于接受肠外营养的11周岁以下患者 …"
        assertThat(rule("KP-df81aad8a6f9b99e").parameters()).containsEntry("age_max", "11").doesNotContainKey("age_min");
    }

    @Test
    void takesTheHullOfTheAgeRangesOfSeveralIndications() {
        // 孟鲁司特钠口溶膜: "限：1.1岁至14岁儿童哮喘 …；2.2岁至14岁儿童季节性过敏性鼻炎 …"
        assertThat(rule("KP-23385428c9cb1bac").parameters()).containsEntry("age_min", "1").containsEntry("age_max", "14");
    }

    @Test
    void aChildOnlyPointWithoutAnAgeTakesTheChildAgeOfTheDefaults() {
        // 水合氯醛灌肠剂: "限儿童。"
        assertThat(rule("KP-91aebbf30b6a0e73").parameters()).containsEntry("age_max", DEFAULTS.string("child.age_max"));
        assertThat(details("KP-91aebbf30b6a0e73")).containsEntry("confidence", "default");
        // 硫酸氢司美替尼胶囊: "限3岁及3岁以上 … 儿童患者。" — the minimum is stated, the maximum is not
        assertThat(rule("KP-4b1451446791c807").parameters()).containsEntry("age_min", "3")
                .containsEntry("age_max", DEFAULTS.string("child.age_max"));
    }

    @Test
    void newbornAndInfantItemsTakeTheirOwnAgeGroup() {
        // 新生儿测颅压: "新生儿专用项目"; 婴儿氧舱治疗: "婴儿专用项目"
        assertThat(rule("KP-7176625812446456").parameters()).containsEntry("age_max", DEFAULTS.string("newborn.age_max"));
        assertThat(details("KP-7176625812446456")).containsEntry("age_max_days", DEFAULTS.string("newborn.age_max_days"));
        assertThat(rule("KP-2953a3c78671a65f").parameters()).containsEntry("age_max", DEFAULTS.string("infant.age_max"));
        assertThat(details("KP-2953a3c78671a65f")).doesNotContainKey("age_max_days");
    }

    @Test
    void leavesTheRetirementAgeOfTheWorkingAgeItemToAPerson() {
        // 职业功能训练: "限法定就业年龄段患者"
        RuleDefinition d = rule("KP-f102932ae2793bef");
        assertThat(d.enabled()).isFalse();
        assertThat(d.parameters()).containsEntry("needs", "age_max").containsEntry("age_min", DEFAULTS.string("working_age.min"));
    }

    @Test
    void readsTheDailyLimitFromThePricingUnit() {
        // 体外人工膜肺(ECOM): "小时"; 牵张器加力调整: "日"
        assertThat(rule("KP-353193212f7c5be1").parameters()).containsEntry("max_units", DEFAULTS.string("frequency.per_day.hour"));
        assertThat(details("KP-353193212f7c5be1")).containsEntry("unit", "小时");
        assertThat(rule("KP-ff96da8a1a83ebb6").parameters()).containsEntry("max_units", DEFAULTS.string("frequency.per_day.day"));
        assertThat(details("KP-ff96da8a1a83ebb6")).containsEntry("unit", "日");
        assertThat(rule("KP-ff96da8a1a83ebb6").window()).isEqualTo(Window.DAY);
        assertThat(rule("KP-ff96da8a1a83ebb6").category()).isEqualTo(Category.DUPLICATE_CHARGE);
    }

    @Test
    void readsAnIntervalOrAWeeklyCountAsAPeriodFrequency() {
        // 手功能评定(徒手): "评定间隔时间不短于14天。（人社部发〔2016〕23号）"
        RuleDefinition interval = rule("KP-ee94a89cac9a4935");
        assertThat(interval.parameters()).containsEntry("max_count", "1").containsEntry("period", "N_DAYS").containsEntry("days", "14");
        assertThat(interval.window()).isEqualTo(Window.N_DAYS);
        assertThat(interval.windowDays()).isEqualTo(14);
        // 儿童听力障碍语言训练: "每周最多支付一次。"
        assertThat(rule("KP-c0af10da87f452bc").parameters()).containsEntry("max_count", "1").containsEntry("days", "7");
        // 糖化血红蛋白测定: "诊疗规范：糖化血红蛋白水平反映近2-3个月的平均血糖水平。" states no limit
        assertThat(rule("KP-16086718019bcd4a").enabled()).isFalse();
        assertThat(rule("KP-16086718019bcd4a").parameters()).containsEntry("needs", "max_count;period");
    }

    @Test
    void readsTheLowestHospitalLevelAdmitted() {
        // 脉络宁注射液: "限二级及以上医疗机构。"
        assertThat(rule("KP-ee2060e71256ef07").parameters()).containsEntry("min_level", "2");
        // 地塞米松玻璃体内植入剂: "需三级综合医院眼科或二级及以上眼科专科医院医师处方" — level 2 is admitted
        assertThat(rule("KP-765539a6195ce52d").parameters()).containsEntry("min_level", "2");
        assertThat(outcome("KP-765539a6195ce52d").note()).contains("三级");
    }

    @Test
    void readsTreatmentCourseDaysAndHowTheyAreCounted() {
        // 注射用尤瑞克林: "… 应在发作48小时内开始使用，支付不超过21天。"
        assertThat(rule("KP-557f138f30f92d39").parameters()).containsEntry("max_days", "21");
        assertThat(rule("KP-557f138f30f92d39").parameters()).containsEntry("course_basis", "USE_DAYS");
        assertThat(rule("KP-557f138f30f92d39").category()).isEqualTo(Category.OVER_QUANTITY);
        // 帕妥珠单抗注射液: "… 且支付不超过12个月" — counted from the first use (连续时间跨度)
        assertThat(rule("KP-f2b9a5b369bddc7b").parameters())
                .containsEntry("max_days", String.valueOf(12 * DEFAULTS.integer("course.days_per_month")));
        assertThat(rule("KP-f2b9a5b369bddc7b").parameters()).containsEntry("course_basis", "SPAN_FROM_FIRST_USE");
        // 注射用益气复脉(冻干): "… 单次住院最多支付14天。"
        assertThat(rule("KP-be9a8d21d4c59377").parameters()).containsEntry("max_days", "14");
        assertThat(details("KP-be9a8d21d4c59377")).containsEntry("scope", "VISIT");
    }

    @Test
    void readsDuplicateChargePairsInPublishedOrder() {
        // 上颌骨次全切除术×游离皮片移植术(全厚)
        RuleDefinition d = rule("KP-f80c1ec337a2b170");
        assertThat(d.template()).isEqualTo("EXCLUSIVE_PAIR");
        assertThat(d.parameters()).containsEntry("code_a", "003306050100000").containsEntry("code_b", "003316030300300")
                .containsEntry("scope", DEFAULTS.string("pair.scope"));
        assertThat(d.appliesTo()).containsExactly("003306050100000", "003316030300300");
    }

    @Test
    void readsInsuranceSchemeCareTypeInternetAndHerbalLimits() {
        assertThat(rule("KP-daea9707c3e6e4f8").parameters()).containsEntry("allowed", "WORK_INJURY"); // 氢醌乳膏 限工伤保险
        assertThat(rule("KP-fd72e1fc6cfac900").parameters()).containsEntry("allowed", "MATERNITY"); // 卡前列素氨丁三醇 限生育保险
        // ω-3鱼油中/长链脂肪乳注射液: "… 住院患者方予支付。"
        assertThat(rule("KP-e34e32a42b29e179").parameters()).containsEntry("med_type", "IPT");
        // 安宫牛黄丸: "限急诊或住院患者。" — IPT alone would flag emergency outpatients
        assertThat(rule("KP-0826626531e53374").parameters()).containsEntry("needs", "med_type");
        assertThat(rule("KP-1a78472d0a22a1ab").parameters()).containsEntry("forbidden", "NARCOTIC;PSYCHOTROPIC"); // 硫酸吗啡注射液
        assertThat(rule("KP-f3f954a93bd16802").parameters()).containsEntry("alone", "true"); // 赤小豆: 单方使用不予支付
        assertThat(rule("KP-b056d3d1e4d8a304").parameters()).doesNotContainKey("alone"); // 珍珠: never payable
        assertThat(rule("KP-b056d3d1e4d8a304").enabled()).isTrue();
    }

    @Test
    void readsTheSurgeryGroupOfDiscountPoints() {
        // 精索静脉曲张栓塞术: "男性生殖系统手术组"
        RuleDefinition d = rule("KP-b5a723bf6fbe7c63");
        assertThat(d.category()).isEqualTo(Category.OVER_PRICE);
        assertThat(d.parameters()).containsEntry("discount_percent", DEFAULTS.string("surgery.discount_percent"))
                .containsEntry("group", "男性生殖系统手术组");
        assertThat(d.parameters().get("note")).doesNotContain("surgery_group");
        assertThat(KnowledgePoints.details(d)).containsEntry("surgery_group", "男性生殖系统手术组").containsEntry("confidence", "default");
    }

    @Test
    void turnsAnIndicationNamedInTheIcdTableIntoPrefixesOfLowerConfidence() {
        // 限活动性良性胃溃疡。
        RuleDefinition d = rule("KP-8dc8137742202909");
        assertThat(d.enabled()).isTrue();
        assertThat(d.parameters().get("diag_prefixes").split(";")).contains("K25");
        assertThat(KnowledgePoints.details(d)).containsEntry("confidence", "auto").containsEntry("basis", "胃溃疡");
        assertThat(d.resultType()).isEqualTo(ResultType.SUSPICIOUS);
    }

    @Test
    void leavesIndicationsTheTableDoesNotNameToAPerson() {
        // 注射用恩美曲妥珠单抗: "限：1.接受了紫杉烷类联合曲妥珠单抗 … HER2阳性早期乳腺癌患者的辅助治疗；2. …"
        assertThat(rule("KP-1306697c94c4ded2").enabled()).isFalse();
        assertThat(rule("KP-1306697c94c4ded2").parameters()).containsEntry("needs", "diag_prefixes");
        // 拉坦前列素滴眼液: "限二线用药。" — only the first-line drugs are missing
        assertThat(rule("KP-8d73f629607d9a71").parameters()).containsEntry("needs", "first_line_codes");
        // 艾普拉唑肠溶片: "限有十二指肠溃疡、反流性食管炎诊断患者的二线用药。"
        assertThat(rule("KP-dc13efbedbcdf5d3").parameters().get("needs")).contains("first_line_codes", "diag_prefixes");
    }

    @Test
    void keepsTheAnnotationRowOfTheSexTableAndSaysItHasNoCodes() {
        KnowledgeImport.Outcome o = outcome("KP-03e96cd241d2f1ae");
        assertThat(o.definition().enabled()).isFalse();
        assertThat(o.needs()).containsExactly("med_codes");
        assertThat(o.note()).contains("annotation");
    }
}
