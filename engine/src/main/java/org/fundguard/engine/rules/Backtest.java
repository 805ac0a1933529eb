package org.fundguard.engine.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.Money;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;

/**
 * Rule back-test (规则回测): runs one rule as it is and with changed parameters over a data set, so a
 * supervisor sees what a change would do before making it — hits and amounts before and after, and
 * which subjects a change adds or drops.
 */
public final class Backtest {
    private Backtest() {
    }

    /** One side of the comparison. */
    public record Side(Map<String, String> parameters, long findings, long amountFen, long fundShareFen) {
    }

    public record Report(String ruleCode, String ruleName, Side before, Side after, List<Finding> added, List<Finding> dropped) {
        /** A short plain-text report (Chinese labels; amounts in yuan). */
        public String format(int examples) {
            StringBuilder b = new StringBuilder();
            b.append("规则回测 ").append(ruleCode).append(' ').append(ruleName).append('\n');
            b.append(String.format("%-8s %-40s %10s %16s %16s%n", "", "参数", "命中数", "违规金额(元)", "基金支付(元)"));
            line(b, "调整前", before);
            line(b, "调整后", after);
            b.append("新增命中 ").append(added.size()).append("，减少命中 ").append(dropped.size()).append('\n');
            for (Finding f : added.subList(0, Math.min(examples, added.size()))) {
                b.append("  + ").append(f.subjectId()).append(' ').append(f.explanation()).append('\n');
            }
            for (Finding f : dropped.subList(0, Math.min(examples, dropped.size()))) {
                b.append("  - ").append(f.subjectId()).append(' ').append(f.explanation()).append('\n');
            }
            return b.toString();
        }

        private static void line(StringBuilder b, String label, Side s) {
            b.append(String.format("%-8s %-40s %10d %16s %16s%n", label, s.parameters(), s.findings(), Money.format(s.amountFen()),
                    Money.format(s.fundShareFen())));
        }
    }

    public static Report run(RuleSet rules, Region region, List<PersonClaims> data, String ruleCode,
            Map<String, String> overrides) {
        RuleDefinition rule = rules.require(ruleCode);
        RuleSet changed = rules.withParameters(ruleCode, overrides);
        RuleDefinition.Stage stage = rule.stages().contains(RuleDefinition.Stage.POST) || rule.stages().isEmpty()
                ? RuleDefinition.Stage.POST : rule.stages().iterator().next();
        Map<String, Finding> before = run(rules.only(ruleCode), region, data, stage);
        Map<String, Finding> after = run(changed.only(ruleCode), region, data, stage);
        List<Finding> added = new ArrayList<>();
        List<Finding> dropped = new ArrayList<>();
        after.forEach((k, f) -> {
            if (!before.containsKey(k)) {
                added.add(f);
            }
        });
        before.forEach((k, f) -> {
            if (!after.containsKey(k)) {
                dropped.add(f);
            }
        });
        return new Report(ruleCode, rule.nameZh(), side(rule.parameters(), before), side(changed.require(ruleCode).parameters(), after),
                added, dropped);
    }

    private static Map<String, Finding> run(RuleSet rules, Region region, List<PersonClaims> data, RuleDefinition.Stage stage) {
        Map<String, Finding> out = new LinkedHashMap<>();
        new Auditor(rules, region, stage).audit(data, f -> out.put(f.subjectType() + ":" + f.subjectId(), f));
        return out;
    }

    private static Side side(Map<String, String> params, Map<String, Finding> findings) {
        long amount = 0;
        long fund = 0;
        for (Finding f : findings.values()) {
            amount += f.amountFen();
            fund += f.fundShareFen();
        }
        return new Side(params, findings.size(), amount, fund);
    }
}
