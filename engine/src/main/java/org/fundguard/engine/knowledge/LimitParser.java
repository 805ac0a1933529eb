package org.fundguard.engine.knowledge;

import static org.fundguard.engine.knowledge.Limit.Confidence.AUTO;
import static org.fundguard.engine.knowledge.Limit.Confidence.DEFAULT;
import static org.fundguard.engine.knowledge.Limit.Confidence.PARSED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fundguard.engine.Thresholds;
import org.fundguard.engine.knowledge.RuleClasses.RuleClass;

/**
 * Turns a point's published limit text into the parameters of its template (prompts/templates.md).
 * Reads only what the text states; a value the class implies but the text never gives comes from
 * knowledge-defaults.properties and is marked so; anything else is left to a person ({@code needs}).
 */
final class LimitParser {
    static final String DEFAULTS = "/org/fundguard/engine/knowledge/knowledge-defaults.properties";
    static final String VOCABULARY = "/org/fundguard/engine/knowledge/limit-vocabulary.properties";

    private static final String NUM = "(\\d+|[一二两三四五六七八九十]+)";
    private static final String YEARS = "\\s*(?:岁|周岁)";
    // "6-17岁", "5至12岁以下", "1岁至14岁", "2岁至11岁"
    private static final Pattern AGE_RANGE = Pattern.compile("(\\d+)(?:" + YEARS + ")?\\s*(?:-|－|–|~|～|至|到)\\s*(\\d+)" + YEARS);
    // "11周岁以下", "12岁以内"
    private static final Pattern AGE_BELOW = Pattern.compile("(\\d+)" + YEARS + "(?:以下|以内)");
    // "3岁及3岁以上", "3岁及以上", "12岁以上", "≥14岁"
    private static final Pattern AGE_ABOVE = Pattern.compile("(\\d+)" + YEARS + "(?:及(?:\\d+" + YEARS + ")?)?以上|[≥＞>]\\s*(\\d+)" + YEARS);
    private static final Pattern SEGMENTS = Pattern.compile("[；;]|(?<![0-9.])[0-9]{1,2}[.、．](?![0-9])");
    private static final Pattern LEVEL_2_UP = Pattern.compile("二级(?:及|或)?以上");
    private static final Pattern LEVEL_1_UP = Pattern.compile("一级(?:及|或)?以上");
    private static final Pattern COURSE = Pattern.compile("(?:不超过|不得超过|最多支付)\\s*" + NUM + "\\s*(天|日|个月|月|年|周)");
    private static final Pattern INTERVAL = Pattern.compile("间隔(?:时间)?不(?:短于|少于)\\s*" + NUM + "\\s*(天|日|周)");
    private static final Pattern PER_PERIOD = Pattern.compile("每(周|月|年|日|天)最多(?:支付)?\\s*" + NUM + "\\s*次");

    private final Thresholds defaults;
    private final Thresholds vocabulary;
    private final IcdNames icd;

    LimitParser(Thresholds defaults, IcdNames icd) {
        this.defaults = defaults;
        this.vocabulary = Thresholds.fromResource(VOCABULARY);
        this.icd = icd;
    }

    static Thresholds builtInDefaults() {
        return Thresholds.fromResource(DEFAULTS);
    }

    Limit parse(KnowledgePoint p, RuleClass rc) {
        Limit.Builder b = Limit.builder();
        if (p.medCodes().isEmpty()) {
            // the published tables end with annotation rows ("说明：性别不清…不纳入此规则范畴"): kept and
            // reported, but there is nothing to run until a person names the codes
            boolean annotation = p.itemName() != null && p.itemName().startsWith("说明");
            return b.need("med_codes", (annotation ? "an annotation row of the published table, not a point: " : "the point names no national code: ")
                    + abbreviate(p.itemName())).build();
        }
        switch (rc.template()) {
            case "GENDER_LIMIT" -> gender(p, b);
            case "AGE_LIMIT" -> age(p, b);
            case "HOSPITAL_LEVEL_LIMIT" -> hospitalLevel(p, b);
            case "MED_TYPE_LIMIT" -> medType(p, b);
            case "INSURANCE_TYPE_LIMIT" -> insuranceType(p, b);
            case "DAYS_SUPPLY" -> course(p, b);
            case "PERIOD_FREQUENCY" -> periodFrequency(p, b);
            case "MAX_UNITS_PER_DAY" -> unitsPerDay(p, b);
            case "EXCLUSIVE_PAIR" -> pair(p, b);
            case "PRICE_CAP" -> surgeryDiscount(p, b);
            case "INDICATION_LIMIT" -> indication(p, b);
            case "INTERNET_HOSPITAL_LIMIT" -> internetHospital(p, b);
            case "NOT_PAYABLE" -> notPayable(p, b);
            default -> throw new IllegalStateException("no parser for template " + rc.template() + " (" + p.ruleClass() + ")");
        }
        return b.build();
    }

    // 药品/医疗服务项目区分性别使用: the sex is named outright (男性/女性) or implied by an organ or a
    // condition of one sex (前列腺, 月经, 妊娠 ...). The item name is the fallback.
    private void gender(KnowledgePoint p, Limit.Builder b) {
        for (String text : new String[] {p.constraint(), p.itemName()}) {
            if (text == null) {
                continue;
            }
            String m = first(text, "sex.male.explicit");
            String f = first(text, "sex.female.explicit");
            if (m == null && f == null) {
                m = first(text, "sex.male.terms");
                f = first(text, "sex.female.terms");
            }
            if ((m == null) != (f == null)) {
                b.put("gender", m != null ? 1 : 2, PARSED).describe("basis", m != null ? m : f);
                return;
            }
            if (m != null) {
                b.need("gender", "the text names both sexes (" + m + ", " + f + ")");
                return;
            }
        }
        b.need("gender", "no sex named in the text");
    }

    // 儿童专用 / 限儿童使用 / 限年龄: ages the text states ("6-17岁", "11周岁以下", "3岁及以上") win;
    // otherwise the broadest child group it names (儿童 > 婴幼儿 > 婴儿 > 新生儿) sets the upper age.
    // With several indications the limit is their hull: the lowest minimum, the highest maximum.
    private void age(KnowledgePoint p, Limit.Builder b) {
        String text = nz(p.constraint());
        if (text.contains("就业年龄")) {
            b.put("age_min", defaults.integer("working_age.min"), DEFAULT).describe("basis", "法定就业年龄");
            b.need("age_max", "法定退休年龄 depends on sex and birth month (渐进式延迟退休)");
            return;
        }
        ChildGroup group = broadestGroup(text);
        if (group == null) {
            group = broadestGroup(nz(p.itemName()));
        }
        if (group == null) {
            group = ChildGroup.CHILD; // the class itself says child-only
        }
        List<int[]> stated = new ArrayList<>();
        boolean everyStatesAge = true;
        for (String seg : SEGMENTS.split(text)) {
            if (seg.replaceAll("[\\s限：:。，]", "").isEmpty()) {
                continue;
            }
            int[] r = explicitAges(seg);
            if (r == null) {
                everyStatesAge = false;
            } else {
                stated.add(r);
            }
        }
        if (stated.isEmpty()) {
            b.put("age_max", groupMax(group), DEFAULT).describe("basis", group.word);
            if (group == ChildGroup.NEWBORN) {
                b.describe("age_max_days", defaults.string("newborn.age_max_days"));
            }
            return;
        }
        boolean everyMin = everyStatesAge && stated.stream().allMatch(r -> r[0] >= 0);
        boolean everyMax = everyStatesAge && stated.stream().allMatch(r -> r[1] >= 0);
        if (everyMin) {
            int min = stated.stream().mapToInt(r -> r[0]).min().orElseThrow();
            if (min > 0) {
                b.put("age_min", min, PARSED);
            }
        }
        int max = everyMax ? stated.stream().mapToInt(r -> r[1]).max().orElseThrow() : groupMax(group);
        b.put("age_max", max, everyMax ? PARSED : DEFAULT).describe("basis", explicitBasis(text) + (everyMax ? "" : ";" + group.word));
    }

    /** {min, max} stated in one indication, -1 where not stated; null when it states no age. */
    private static int[] explicitAges(String seg) {
        int lo = -1;
        int hi = -1;
        Matcher m = AGE_RANGE.matcher(seg);
        String rest = seg;
        if (m.find()) {
            lo = Integer.parseInt(m.group(1));
            hi = Integer.parseInt(m.group(2));
            rest = seg.substring(0, m.start()) + seg.substring(m.end());
        }
        Matcher below = AGE_BELOW.matcher(rest);
        if (hi < 0 && below.find()) {
            hi = Integer.parseInt(below.group(1));
        }
        Matcher above = AGE_ABOVE.matcher(rest);
        if (lo < 0 && above.find()) {
            lo = Integer.parseInt(above.group(1) != null ? above.group(1) : above.group(2));
        }
        return lo < 0 && hi < 0 ? null : new int[] {lo, hi};
    }

    private static String explicitBasis(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        for (Pattern pt : List.of(AGE_RANGE, AGE_BELOW, AGE_ABOVE)) {
            Matcher m = pt.matcher(rest);
            while (m.find()) {
                parts.add(m.group());
            }
            rest = pt.matcher(rest).replaceAll("|");
        }
        return String.join(";", parts);
    }

    private enum ChildGroup {
        CHILD("儿童"), TODDLER("婴幼儿"), INFANT("婴儿"), NEWBORN("新生儿");

        final String word;

        ChildGroup(String word) {
            this.word = word;
        }
    }

    private ChildGroup broadestGroup(String text) {
        if (first(text, "age.child.terms") != null) {
            return ChildGroup.CHILD;
        }
        if (first(text, "age.toddler.terms") != null) {
            return ChildGroup.TODDLER;
        }
        if (first(text, "age.infant.terms") != null) {
            return ChildGroup.INFANT;
        }
        if (first(text, "age.newborn.terms") != null) {
            return ChildGroup.NEWBORN;
        }
        return null;
    }

    private int groupMax(ChildGroup g) {
        return switch (g) {
            case CHILD -> defaults.integer("child.age_max");
            case TODDLER -> defaults.integer("toddler.age_max");
            case INFANT -> defaults.integer("infant.age_max");
            case NEWBORN -> defaults.integer("newborn.age_max");
        };
    }

    // min_level follows the hosp_lv codes of institutions.csv: 1 = level-3 only, 2 = level-2 or
    // higher, 3 = level-1 or higher. "需三级综合医院眼科或二级及以上眼科专科医院" admits level 2 too,
    // so the lowest level any branch admits is the limit.
    private void hospitalLevel(KnowledgePoint p, Limit.Builder b) {
        String text = nz(p.constraint());
        Matcher m2 = LEVEL_2_UP.matcher(text);
        Matcher m1 = LEVEL_1_UP.matcher(text);
        if (m1.find()) {
            b.put("min_level", 3, PARSED).describe("basis", m1.group());
        } else if (m2.find()) {
            b.put("min_level", 2, PARSED).describe("basis", m2.group());
            if (text.contains("三级")) {
                b.note("also names 三级 for some prescribers; the lowest level admitted (二级) is used");
            }
        } else if (text.contains("三级")) {
            b.put("min_level", 1, PARSED).describe("basis", "三级");
        } else {
            b.need("min_level", "no hospital level named in the text");
        }
    }

    private void medType(KnowledgePoint p, Limit.Builder b) {
        String text = nz(p.constraint());
        boolean ipt = text.contains("住院");
        boolean opt = text.contains("门诊");
        if (text.contains("急诊")) {
            b.need("med_type", "急诊 or 住院 cannot be expressed as IPT/OPT (emergency outpatients are admitted)");
        } else if (ipt && !opt) {
            b.put("med_type", "IPT", PARSED).describe("basis", "住院");
        } else if (opt && !ipt) {
            b.put("med_type", "OPT", PARSED).describe("basis", "门诊");
        } else {
            b.need("med_type", ipt ? "the text names both 住院 and 门诊" : "no type of care named in the text");
        }
    }

    private void insuranceType(KnowledgePoint p, Limit.Builder b) {
        String text = p.text();
        boolean injury = text.contains("工伤");
        boolean maternity = text.contains("生育");
        if (injury != maternity) {
            b.put("allowed", injury ? "WORK_INJURY" : "MATERNITY", PARSED).describe("basis", injury ? "限工伤保险" : "限生育保险");
        } else {
            b.need("allowed", "the text names " + (injury ? "both schemes" : "no insurance scheme"));
        }
    }

    // 限支付疗程: "支付不超过14天", "单次住院最多支付14天", "支付不超过12个月". The published logic
    // counts either the days of use (使用药品的日期总计) or the span from the first use (连续时间跨度).
    private void course(KnowledgePoint p, Limit.Builder b) {
        String text = nz(p.constraint());
        Matcher m = COURSE.matcher(text);
        if (!m.find()) {
            b.need("max_days", "no course length in the text");
            return;
        }
        int n = number(m.group(1));
        int days = switch (m.group(2)) {
            case "年" -> n * defaults.integer("course.days_per_year");
            case "个月", "月" -> n * defaults.integer("course.days_per_month");
            case "周" -> n * 7;
            default -> n;
        };
        b.put("max_days", days, PARSED).describe("basis", m.group());
        b.describe("course_basis", nz(p.detectLogic()).contains("跨度") ? "SPAN_FROM_FIRST_USE" : "USE_DAYS");
        if (text.contains("单次")) {
            b.describe("scope", "VISIT");
        } else if (text.contains("疾病过程")) {
            b.describe("scope", "EPISODE");
        }
    }

    // 周期超频次: "评定间隔时间不短于14天" = at most once in any 14 days; "每周最多支付一次".
    private void periodFrequency(KnowledgePoint p, Limit.Builder b) {
        String text = nz(p.constraint());
        Matcher interval = INTERVAL.matcher(text);
        Matcher per = PER_PERIOD.matcher(text);
        if (interval.find()) {
            int n = number(interval.group(1)) * (interval.group(2).equals("周") ? 7 : 1);
            b.put("max_count", 1, PARSED).put("period", "N_DAYS", PARSED).put("days", n, PARSED).put("unit", "次", PARSED)
                    .describe("basis", interval.group());
        } else if (per.find()) {
            b.put("max_count", number(per.group(2)), PARSED).put("unit", "次", PARSED).describe("basis", per.group());
            switch (per.group(1)) {
                case "周" -> b.put("period", "N_DAYS", PARSED).put("days", 7, PARSED);
                case "月" -> b.put("period", "NATURAL_MONTH", PARSED);
                case "年" -> b.put("period", "YEAR", PARSED);
                default -> b.put("period", "DAY", PARSED);
            }
        } else {
            b.need("max_count", "the text states no count and period (" + abbreviate(text) + ")");
            b.need("period", "");
        }
    }

    private void unitsPerDay(KnowledgePoint p, Limit.Builder b) {
        String unit = nz(p.constraint()).trim();
        switch (unit) {
            case "日", "天" -> b.put("max_units", defaults.integer("frequency.per_day.day"), DEFAULT).describe("unit", unit);
            case "小时" -> b.put("max_units", defaults.integer("frequency.per_day.hour"), DEFAULT).describe("unit", unit);
            default -> b.need("max_units", "unknown pricing unit '" + abbreviate(unit) + "'");
        }
    }

    // 重复收费 "A×B": med_codes lists A then B; B is the line charged on top of A (labelling.md).
    private void pair(KnowledgePoint p, Limit.Builder b) {
        if (p.medCodes().size() != 2) {
            b.need("code_a", "a pair point should name 2 codes, this one names " + p.medCodes().size());
            b.need("code_b", "");
            return;
        }
        b.put("code_a", p.medCodes().get(0), PARSED).put("code_b", p.medCodes().get(1), PARSED)
                .put("scope", defaults.string("pair.scope"), DEFAULT);
    }

    private void surgeryDiscount(KnowledgePoint p, Limit.Builder b) {
        String group = nz(p.constraint()).trim();
        if (group.endsWith("手术组")) {
            b.describe("surgery_group", group);
        } else {
            b.need("surgery_group", "no surgery group named in the text");
        }
        b.put("discount_percent", defaults.integer("surgery.discount_percent"), DEFAULT);
    }

    private void indication(KnowledgePoint p, Limit.Builder b) {
        String text = nz(p.constraint());
        int cut = text.indexOf("应同时符合");
        String indications = cut >= 0 ? text.substring(0, cut) : text;
        if (p.ruleClass().contains("二线")) {
            b.describe("line", "SECOND");
            b.need("first_line_codes", "二线: which first-line drugs must have failed or not been tolerated");
            indications = indications.replaceAll("(?:患者)?的?二线用药", "");
            if (indications.replaceAll("[\\s限：:。，,.]", "").isEmpty()) {
                return;
            }
        }
        if (icd == null) {
            b.need("diag_prefixes", "indication text to ICD-10 prefixes (no ICD name table given)");
            return;
        }
        IcdNames.Match m = icd.match(indications);
        if (m.complete()) {
            b.put("diag_prefixes", String.join(";", m.prefixes()), AUTO).describe("basis", String.join(";", m.names()));
        } else {
            if (!m.prefixes().isEmpty()) {
                b.describe("suggested_diag_prefixes", String.join(";", m.prefixes()));
            }
            b.need("diag_prefixes", m.names().isEmpty()
                    ? "no disease of the ICD-10 table named verbatim"
                    : "only some of the " + m.indications() + " indications named verbatim (" + String.join(",", m.names()) + ")");
        }
    }

    private void internetHospital(KnowledgePoint p, Limit.Builder b) {
        String text = p.text();
        List<String> forbidden = new ArrayList<>();
        if (text.contains("麻醉药品")) {
            forbidden.add("NARCOTIC");
        }
        if (text.contains("精神药品")) {
            forbidden.add("PSYCHOTROPIC");
        }
        if (forbidden.isEmpty()) {
            b.need("forbidden", "no controlled-drug class named in the text");
        } else {
            b.put("forbidden", String.join(";", forbidden), PARSED);
        }
    }

    // 单方使用不予支付: not payable alone, nor in a prescription made only of pieces of the same
    // list (the union of appliesTo over the definitions of this national rule class): alone=true.
    private void notPayable(KnowledgePoint p, Limit.Builder b) {
        if (p.text().contains("单独使用")) {
            b.put("alone", "true", PARSED);
        }
    }

    private String first(String text, String vocabularyKey) {
        for (String w : words(vocabularyKey)) {
            if (text.contains(w)) {
                return w;
            }
        }
        return null;
    }

    private List<String> words(String key) {
        return Arrays.stream(vocabulary.string(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static int number(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        String digits = "零一二三四五六七八九";
        int tens = s.indexOf('十');
        if (tens < 0) {
            return s.equals("两") ? 2 : digits.indexOf(s.charAt(0));
        }
        int hi = tens == 0 ? 1 : digits.indexOf(s.charAt(0));
        int lo = tens == s.length() - 1 ? 0 : digits.indexOf(s.charAt(tens + 1));
        return hi * 10 + lo;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ');
        return one.length() <= 40 ? one : one.substring(0, 40) + "…";
    }
}
