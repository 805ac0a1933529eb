package org.fundguard.engine.rules;

import java.util.List;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.RuleScope;

/**
 * EXCLUSIVE_PAIR (重复收费: A and B not both for one person in a day or visit) and BUNDLED_COMPONENT
 * (分解收费: component B charged beside its package A). Bound to code B, the line the labelling names;
 * decided once the whole person has been seen, because A may be charged after B. Amount = B's line.
 */
final class PairCheck extends LineCheck {
    private final int[] partners;
    private final RuleScope scope;
    private final boolean bundled;

    PairCheck(CompiledRule rule, int[] partners, RuleScope scope, boolean bundled) {
        super(rule);
        this.partners = partners;
        this.scope = scope;
        this.bundled = bundled;
    }

    RuleScope scope() {
        return scope;
    }

    @Override
    void check(PersonAudit a, int i) {
        a.defer(this, i);
    }

    @Override
    void resolve(PersonAudit a, int i) {
        for (int k = 0; k < partners.length; k++) {
            long key = scope == RuleScope.DAY ? PersonAudit.dayKey(a.day[i], partners[k])
                    : PersonAudit.visitKey(a.lineVisit[i], partners[k]);
            if (a.presence.contains(key)) {
                int j = partnerLine(a, i, partners[k]);
                if (j >= 0) {
                    report(a, i, j);
                    return;
                }
            }
        }
    }

    /** The partner code's first counted line in scope, walking only that code's lines. */
    private int partnerLine(PersonAudit a, int i, int codeIndex) {
        for (int j = a.firstLineOfCode(codeIndex); j >= 0; j = a.nextSameCode[j]) {
            if (j == i || (a.flags[j] & (PersonAudit.F_REFUND | PersonAudit.F_GONE | PersonAudit.F_UNPAID_VISIT)) != 0) {
                continue;
            }
            boolean inScope = scope == RuleScope.DAY ? a.day[j] == a.day[i] : a.lineVisit[j] == a.lineVisit[i];
            if (inScope) {
                return j;
            }
        }
        return -1;
    }

    private void report(PersonAudit a, int i, int j) {
        FeeDetail l = a.lines[i];
        VisitFacts v = a.visitOf(i);
        long amount = a.effAmt[i];
        String partner = a.plans[j] == null ? a.lines[j].listCode() : a.plans[j].label();
        String where = scope == RuleScope.DAY ? "同日" : "同次就诊";
        String text = bundled
                ? "费用明细" + l.feedetlSn() + "：项目" + a.plans[i].label() + "为" + where + "已收费项目" + partner + "(费用明细"
                        + a.lines[j].feedetlSn() + ")的组成部分，不得另行收费，违规金额" + Amounts.yuan(amount)
                : "费用明细" + l.feedetlSn() + "：项目" + a.plans[i].label() + "与" + where + "已收费项目" + partner + "(费用明细"
                        + a.lines[j].feedetlSn() + ")互斥，重复收费，违规金额" + Amounts.yuan(amount);
        a.emit(v, Findings.line(rule, l, v, amount, text, List.of("fee_details:" + a.lines[j].feedetlSn()),
                "code_a", a.lines[j].listCode(), "code_b", l.listCode(), "scope", scope.code()));
    }
}
