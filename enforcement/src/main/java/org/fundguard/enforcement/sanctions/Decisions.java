package org.fundguard.enforcement.sanctions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fundguard.core.Money;

/**
 * The gate every 处理决定 passes: no sanction the article does not provide, no fine or term outside
 * its lawful bounds (《行政处罚法》第三十四条: discretion only within the statutory range) or outside
 * the chosen level of the province's discretion basis, nothing mandatory left out, and a level with
 * a reason recorded.
 */
public final class Decisions {
    private Decisions() {
    }

    /** Every reason the decision cannot be recorded; empty when it can. */
    public static List<Refusal> check(SanctionCatalogue catalogue, DiscretionBasis basis, Decision d) {
        List<Refusal> out = new ArrayList<>();
        evaluate(catalogue, basis, d, out);
        return out;
    }

    /** The decision with its ranges, or {@link DecisionRefusedException} naming every reason. */
    public static RecordedDecision record(SanctionCatalogue catalogue, DiscretionBasis basis, Decision d) {
        List<Refusal> out = new ArrayList<>();
        RecordedDecision r = evaluate(catalogue, basis, d, out);
        if (!out.isEmpty()) {
            throw new DecisionRefusedException(out);
        }
        return r;
    }

    private static RecordedDecision evaluate(SanctionCatalogue catalogue, DiscretionBasis basis, Decision d, List<Refusal> out) {
        if (d.lossFen() < 0) {
            out.add(new Refusal("NEGATIVE_LOSS", null, "损失金额不能为负数：" + Money.format(d.lossFen()) + "元"));
            return null;
        }
        if (catalogue.article(d.article()).isEmpty()) {
            out.add(new Refusal("UNKNOWN_ARTICLE", null, "未知条款：" + d.article()));
            return null;
        }
        LawfulRange range = catalogue.range(d.article(), d.lossFen(), d.fraud());
        if (d.reason() == null || d.reason().isBlank()) {
            out.add(new Refusal("REASON_MISSING", null, "未填写裁量理由(适用" + levelName(basis, d.level()) + "的事实与依据)"));
        }
        Optional<DiscretionLevel> level = basis.level(d.level());
        if (level.isEmpty()) {
            out.add(new Refusal("LEVEL_UNKNOWN", null, "裁量等级" + d.level() + "不在" + basis.province() + "裁量基准中(可用："
                    + String.join("、", basis.levels().stream().map(l -> l.code() + " " + l.label()).toList()) + ")"));
        }
        String art = "第" + range.article().code() + "条";
        List<RecordedDecision.Chosen> chosen = new ArrayList<>();
        Set<SanctionKind> seen = EnumSet.noneOf(SanctionKind.class);
        for (Choice c : d.choices()) {
            if (!seen.add(c.kind())) {
                out.add(new Refusal("DUPLICATE_SANCTION", c.kind(), c.kind().label() + "重复选择"));
                continue;
            }
            Optional<SanctionRange> lawful = range.find(c.kind());
            if (lawful.isEmpty()) {
                out.add(new Refusal("SANCTION_NOT_ALLOWED", c.kind(), art + "(" + range.article().basis() + ")未规定" + c.kind().label()
                        + (d.lossFen() == 0 ? "，或其适用条件(造成基金损失)不成立" : "")));
                continue;
            }
            Bounds b = lawful.get().bounds();
            if (c.unit() != b.unit()) {
                out.add(new Refusal("UNIT_MISMATCH", c.kind(), c.kind().label() + "应以" + unitName(b.unit()) + "计，收到的是" + unitName(c.unit())));
                continue;
            }
            if (c.value() < b.min()) {
                out.add(new Refusal("BELOW_MINIMUM", c.kind(), c.kind().label() + b.describe(c.value()) + "低于法定下限" + b.describe(b.min())
                        + "(" + lawful.get().basis() + ")"));
                continue;
            }
            if (c.value() > b.max()) {
                out.add(new Refusal("ABOVE_MAXIMUM", c.kind(), c.kind().label() + b.describe(c.value()) + "超过法定上限" + b.describe(b.max())
                        + "(" + lawful.get().basis() + ")"));
                continue;
            }
            Bounds sub = b;
            if (level.isPresent()) {
                sub = basis.subRange(lawful.get(), level.get().code());
                if (!sub.contains(c.value())) {
                    out.add(new Refusal("OUTSIDE_LEVEL", c.kind(), c.kind().label() + b.describe(c.value()) + "不在" + basis.province()
                            + "裁量基准“" + level.get().label() + "”档" + sub.describe() + "内"));
                    continue;
                }
            }
            chosen.add(new RecordedDecision.Chosen(lawful.get(), sub, c));
        }
        for (SanctionRange s : range.sanctions()) {
            if (s.required() && !seen.contains(s.kind())) {
                out.add(new Refusal("MANDATORY_MISSING", s.kind(), art + "规定应当" + s.kind().label()
                        + (s.bounds().unit() == Unit.NONE ? "" : "(" + s.bounds().describe() + ")") + "，决定中缺少该项"));
            }
        }
        return new RecordedDecision(d, range, basis.province(), level.orElse(null), chosen);
    }

    private static String levelName(DiscretionBasis basis, String code) {
        return basis.level(code).map(l -> "“" + l.label() + "”档").orElse("裁量等级");
    }

    private static String unitName(Unit u) {
        return switch (u) {
            case NONE -> "无数量";
            case FEN -> "金额(分)";
            case DAYS -> "日";
            case MONTHS -> "月";
            case YEARS -> "年";
        };
    }
}
