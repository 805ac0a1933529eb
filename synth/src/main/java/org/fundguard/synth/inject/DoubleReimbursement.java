package org.fundguard.synth.inject;

import org.fundguard.core.Category;
import org.fundguard.core.Settlement;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;

/**
 * 重复报销: the same visit settled a second time, same person, institution and amounts, with neither
 * settlement reversed (resubmitted minutes later by the till, or weeks later as a manual claim).
 * Labelled: the second settlement, its fund payment. Hard negative: a settlement reversed (冲销)
 * and settled again correctly.
 */
final class DoubleReimbursement implements Injection {
    @Override
    public Category category() {
        return Category.DOUBLE_REIMBURSEMENT;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int n = ctx.count(6, 12);
        for (int k = 0, made = 0; made < n && k < n * 5; k++) {
            if (visit(ctx, true, k)) {
                made++;
            }
        }
        int hn = ctx.count(4, 6);
        for (int k = 0; k < hn; k++) {
            visit(ctx, false, k);
        }
    }

    private boolean visit(InjectionContext ctx, boolean twice, int k) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 18);
        if (p < 0) {
            return false;
        }
        boolean pharmacy = k % 3 == 1;
        int day = ctx.randomDay(0, ctx.w.days - 25);
        if (pharmacy) {
            Facility f = ctx.w.pharmacyFor(p, 0);
            return f.behaviour == null && Hosts.pharmacy(ctx, p, f, day, (pt, e) -> e.reverseAndResettle = !twice,
                    (pt, e) -> after(ctx, e, twice, k));
        }
        Facility f = Hosts.outpatientFacility(ctx, p);
        return Hosts.outpatient(ctx, p, f, day, k % 3 == 2, (pt, e) -> e.reverseAndResettle = !twice,
                (pt, e) -> after(ctx, e, twice, k));
    }

    private static void after(InjectionContext ctx, Encounter e, boolean twice, int k) {
        Settlement s = e.written.settlement();
        if (!twice) {
            ctx.out().hardNegative(Category.DOUBLE_REIMBURSEMENT, SubjectType.SETTLEMENT, s.setlId(),
                    "reversed settlement followed by a corrected one");
            return;
        }
        long minutes = k % 2 == 0 ? ctx.dice.between(1, 30) : ctx.dice.between(3, 20) * 1440L;
        String id = ctx.w.ids.settlement();
        Settlement again = new Settlement(id, s.mdtrtId(), s.psnNo(), s.institutionCode(), s.time().plusMinutes(minutes),
                s.medfeeSumFen(), s.fullOwnpayFen(), s.hifpPayFen(), s.acctPayFen(), s.cashPayFen(), s.fundPaySumFen(),
                false);
        ctx.out().settlement(again);
        ctx.out().label(Category.DOUBLE_REIMBURSEMENT, SubjectType.SETTLEMENT, id, s.hifpPayFen() + s.acctPayFen());
    }
}
