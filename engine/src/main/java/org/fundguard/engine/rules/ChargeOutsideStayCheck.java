package org.fundguard.engine.rules;

import java.time.ZoneOffset;
import java.util.List;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Visit;

/**
 * CHARGE_OUTSIDE_STAY (计费日期与住院时间不符, GZ10000201008000): a line of an inpatient stay charged more
 * than tolerance_hours before admission or after discharge. The national rule is a data-supervision
 * rule; here it is filed as RESTRICTION_BREACH (the line lies outside the insured episode the fund pays
 * for) with result type SUSPICIOUS, on the line; amount = the line.
 */
final class ChargeOutsideStayCheck extends VisitCheck {
    private final int toleranceHours;

    ChargeOutsideStayCheck(CompiledRule rule, int toleranceHours) {
        super(rule);
        this.toleranceHours = toleranceHours;
    }

    @Override
    void check(PersonAudit a, VisitFacts v) {
        Visit visit = v.visit;
        if (!visit.isInpatient() || v.reversedOnly) {
            return;
        }
        long tol = toleranceHours * 3600L;
        long begin = visit.begin().toEpochSecond(ZoneOffset.UTC) - tol;
        long end = visit.end() == null ? Long.MAX_VALUE : visit.end().toEpochSecond(ZoneOffset.UTC) + tol;
        for (int i = v.firstLine; i < v.endLine; i++) {
            if ((a.flags[i] & (PersonAudit.F_REFUND | PersonAudit.F_GONE | PersonAudit.F_NON_PAYABLE)) != 0
                    || (a.time[i] >= begin && a.time[i] <= end)) {
                continue;
            }
            FeeDetail l = a.lines[i];
            long amount = a.effAmt[i];
            String text = "费用明细" + l.feedetlSn() + "：计费时间" + l.time() + "不在住院期间(" + visit.begin() + "至"
                    + (visit.end() == null ? "未出院" : visit.end()) + ")内，违规金额" + Amounts.yuan(amount);
            a.emit(v, Findings.line(rule, l, v, amount, text, List.of(), "fee_time", l.time().toString(),
                    "admission", visit.begin().toString(), "discharge", visit.end() == null ? null : visit.end().toString(),
                    "tolerance_hours", Integer.toString(toleranceHours)));
        }
    }

    @Override
    int lookbackDays() {
        return 0;
    }
}
