package org.fundguard.engine.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Settlement;

/**
 * DOUBLE_SETTLEMENT (重复报销): the same expenses settled twice without reversal: one visit with a
 * second unreversed settlement of the same total (interim settlements of a long stay differ). With
 * window_days, also a copy of a visit: another visit of the same person at the same institution within
 * that many days with the same total and the same lines (code, count, price and charge time — the same
 * purchase repeated a day later is a new purchase, not a copy). The later settlement is the violation; a
 * reversed settlement followed by a corrected one is not (reversed settlements do not count).
 */
final class DoubleSettlementCheck extends VisitCheck {
    private static final Comparator<Settlement> ORDER = Comparator.comparing(Settlement::time)
            .thenComparing((x, y) -> LineOrder.compareIds(x.setlId(), y.setlId()));
    private final int windowDays;

    DoubleSettlementCheck(CompiledRule rule, int windowDays) {
        super(rule);
        this.windowDays = windowDays;
    }

    @Override
    void check(PersonAudit a, VisitFacts v) {
        if (v.settlement == null) {
            return;
        }
        List<Settlement> unreversed = new ArrayList<>(2);
        for (Settlement s : v.claim.settlements()) {
            if (!s.reversed()) {
                unreversed.add(s);
            }
        }
        if (unreversed.size() > 1) {
            unreversed.sort(ORDER);
            for (int k = 1; k < unreversed.size(); k++) {
                Settlement s = unreversed.get(k);
                Settlement first = null;
                for (int j = 0; j < k && first == null; j++) {
                    // interim settlements (中途结算) of a long stay cover different expenses: only the same total repeats
                    if (unreversed.get(j).medfeeSumFen() == s.medfeeSumFen()) {
                        first = unreversed.get(j);
                    }
                }
                if (first == null) {
                    continue;
                }
                String text = "结算" + s.setlId() + "：就诊" + v.visit.mdtrtId() + "已于" + first.time().toLocalDate() + "由结算"
                        + first.setlId() + "结算(总额" + Amounts.yuan(first.medfeeSumFen()) + ")，未冲销又再次结算(总额"
                        + Amounts.yuan(s.medfeeSumFen()) + ")，重复报销基金" + Amounts.yuan(s.fundPaySumFen());
                a.emit(v, Findings.settlement(rule, v, s, text, List.of("settlements:" + first.setlId()),
                        "first_settlement", first.setlId(), "medfee", Amounts.yuan(s.medfeeSumFen())));
            }
            return;
        }
        for (int k = 0; k < a.visitCount && windowDays >= 0; k++) {
            VisitFacts u = a.visits[k];
            if (u == v || u.settlement == null || ORDER.compare(u.settlement, v.settlement) >= 0
                    || u.settlement.medfeeSumFen() != v.settlement.medfeeSumFen()
                    || !u.visit.institutionCode().equals(v.visit.institutionCode())
                    || Math.abs(u.beginDay - v.beginDay) > windowDays || !sameLines(a, u, v)) {
                continue;
            }
            Settlement s = v.settlement;
            String text = "结算" + s.setlId() + "：就诊" + v.visit.mdtrtId() + "与" + u.visit.begin().toLocalDate() + "的就诊"
                    + u.visit.mdtrtId() + "(结算" + u.settlement.setlId() + ")在同一机构" + v.visit.institutionCode() + "的费用完全相同(总额"
                    + Amounts.yuan(s.medfeeSumFen()) + "，" + (v.endLine - v.firstLine) + "条明细)，均未冲销，重复报销基金"
                    + Amounts.yuan(s.fundPaySumFen());
            a.emit(v, Findings.settlement(rule, v, s, text, List.of("settlements:" + u.settlement.setlId(), u.evidenceVisit()),
                    "first_settlement", u.settlement.setlId(), "medfee", Amounts.yuan(s.medfeeSumFen())));
            return;
        }
    }

    private static boolean sameLines(PersonAudit a, VisitFacts u, VisitFacts v) {
        int n = u.endLine - u.firstLine;
        if (n != v.endLine - v.firstLine || n == 0) {
            return false;
        }
        List<FeeDetail> x = new ArrayList<>(u.claim.lines());
        List<FeeDetail> y = new ArrayList<>(v.claim.lines());
        Comparator<FeeDetail> c = Comparator.comparing(FeeDetail::listCode).thenComparingLong(FeeDetail::cnt)
                .thenComparingLong(FeeDetail::priceFen).thenComparing(FeeDetail::time);
        x.sort(c);
        y.sort(c);
        for (int i = 0; i < n; i++) {
            if (c.compare(x.get(i), y.get(i)) != 0 || x.get(i).amountFen() != y.get(i).amountFen()) {
                return false;
            }
        }
        return true;
    }

    @Override
    int lookbackDays() {
        return Math.max(0, windowDays);
    }
}
