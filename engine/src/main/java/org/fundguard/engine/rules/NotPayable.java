package org.fundguard.engine.rules;

import java.util.List;
import java.util.Set;
import org.fundguard.core.ChargeLevel;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.ListType;

/**
 * NOT_PAYABLE: items the fund never pays — class C (丙类), non-drug goods sold by pharmacies, herbal
 * pieces 不予支付 (单复方均不予支付; with {@code alone=true}, 单方使用不予支付: only when every herbal piece
 * of the visit is on the list).
 *
 * <p>Whether the fund paid such a line is read from the settlement: its fulamt_ownpay_amt (全自费金额)
 * is what the person paid in full themselves. When it covers the non-payable lines of the visit, they
 * were self-paid: legitimate, and hard negatives for every other limit rule too (the fund did not pay
 * them). When it falls short, the fund paid the shortfall: the lines that make it up are violations
 * (the whole line, at the visit's fund ratio). Which lines: one whose amount is exactly the shortfall if
 * there is one, else the latest lines until the shortfall is covered. Before settlement (real time)
 * nothing can be told and the lines count as self-paid.
 */
final class NotPayable {
    final CompiledRule rule;
    final boolean alone;
    final Set<String> codes;

    NotPayable(CompiledRule rule, boolean alone, Set<String> codes) {
        this.rule = rule;
        this.alone = alone;
        this.codes = codes;
    }

    static void allocate(PersonAudit a, VisitFacts f) {
        long total = 0;
        int count = 0;
        for (int i = f.firstLine; i < f.endLine; i++) {
            if ((a.flags[i] & (PersonAudit.F_REFUND | PersonAudit.F_GONE)) != 0) {
                continue;
            }
            CodePlan cp = a.plans[i];
            if (cp == null) {
                continue;
            }
            boolean np = cp.nonPayable || (cp.notPayable != null && cp.notPayable.alone && cp.notPayable.onlyListedHerbs(a, f));
            if (np) {
                a.flags[i] |= PersonAudit.F_NON_PAYABLE;
                total += a.effAmt[i];
                count++;
            }
        }
        if (count == 0 || f.settlement == null) {
            return;
        }
        long shortfall = total - f.ownpay;
        if (shortfall <= 0) {
            return;
        }
        int exact = -1;
        for (int i = f.endLine - 1; i >= f.firstLine && exact < 0; i--) {
            if ((a.flags[i] & PersonAudit.F_NON_PAYABLE) != 0 && a.effAmt[i] == shortfall
                    && (a.flags[i] & (PersonAudit.F_REFUND | PersonAudit.F_GONE)) == 0) {
                exact = i;
            }
        }
        if (exact >= 0) {
            report(a, f, exact);
            return;
        }
        long covered = 0;
        for (int i = f.endLine - 1; i >= f.firstLine && covered < shortfall; i--) {
            if ((a.flags[i] & PersonAudit.F_NON_PAYABLE) != 0 && (a.flags[i] & (PersonAudit.F_REFUND | PersonAudit.F_GONE)) == 0) {
                covered += a.effAmt[i];
                report(a, f, i);
            }
        }
    }

    private static void report(PersonAudit a, VisitFacts f, int i) {
        a.flags[i] |= PersonAudit.F_FUND_PAID_NON_PAYABLE;
        CodePlan cp = a.plans[i];
        NotPayable np = cp.notPayable;
        if (np == null || !np.rule.inForce(a.day[i]) || !a.reports(f)) {
            return;
        }
        FeeDetail l = a.lines[i];
        String why;
        if (cp.item != null && cp.item.nonDrug()) {
            why = "为非药品(生活用品/保健品等)，医保基金不予支付";
        } else if (cp.item != null && cp.item.chargeLevel() == ChargeLevel.SELF_PAID) {
            why = "为丙类(全自费)项目，医保基金不予支付";
        } else {
            why = np.alone ? "为单独使用时不予支付的中药饮片，本次处方全部由此类饮片组成" : "属基金不予支付范围";
        }
        long amount = a.effAmt[i];
        String text = "费用明细" + l.feedetlSn() + "：项目" + cp.label() + why + "，但结算" + f.settlement.setlId()
                + "全自费金额仅" + Amounts.yuan(f.ownpay) + "，未覆盖该项目，违规金额" + Amounts.yuan(amount)
                + "(基金支付" + Amounts.yuan(f.fundShare(amount)) + ")";
        a.emit(f, Findings.line(np.rule, l, f, amount, text, List.of(),
                "line_amount", Amounts.yuan(amount), "fulamt_ownpay_amt", Amounts.yuan(f.ownpay)));
    }

    /** 单方使用不予支付: every herbal piece of the visit is one of the listed codes. */
    boolean onlyListedHerbs(PersonAudit a, VisitFacts f) {
        for (int i = f.firstLine; i < f.endLine; i++) {
            if ((a.flags[i] & (PersonAudit.F_REFUND | PersonAudit.F_GONE)) != 0) {
                continue;
            }
            String code = a.lines[i].listCode();
            if (codes.contains(code)) {
                continue;
            }
            CodePlan cp = a.plans[i];
            if (cp != null && cp.item != null && cp.item.listType() == ListType.HERBAL_PIECES) {
                return false;
            }
        }
        return true;
    }
}
