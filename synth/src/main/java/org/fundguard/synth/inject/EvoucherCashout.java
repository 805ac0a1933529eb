package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.fundguard.core.Category;
import org.fundguard.core.CertType;
import org.fundguard.core.MedType;
import org.fundguard.core.Quantity;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Item;

/**
 * 医保电子凭证套现: an employee's e-voucher drains the personal account at a pharmacy every month in a
 * round sum, for rice, oil, protein powder and cosmetics (non-drug goods, never payable) billed
 * through insurance. Labelled: each purchase; fund_loss = the personal-account payment. Hard negative:
 * chronic patients buying their regular drugs monthly by e-voucher (ordinary care).
 */
final class EvoucherCashout implements Injection {
    private static final String[] GOODS = {"RICE", "OIL", "PROTEIN", "FISHOIL", "SHAMPOO", "FACECREAM"};

    @Override
    public Category category() {
        return Category.EVOUCHER_CASHOUT;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int persons = ctx.count(3, 4);
        for (int k = 0; k < persons; k++) {
            int p = ctx.person(q -> ctx.alive(q) && ctx.w.pop.employee(q) && ctx.age(q) >= 25 && ctx.age(q) <= 70);
            if (p < 0) {
                return;
            }
            Facility ph = ctx.w.pharmacyFor(p, 2);
            if (ph.behaviour != null) {
                continue;
            }
            long sum = ctx.dice.pick(new Long[] {20_000L, 30_000L, 50_000L, 80_000L});
            int dayOfMonth = ctx.dice.between(1, 25);
            for (int m = 0; m < ctx.w.months; m++) {
                LocalDate d = ctx.w.start.plusMonths(m).plusDays(dayOfMonth - 1 + ctx.dice.nextInt(3));
                if (!ctx.w.inWindow(d)) {
                    continue;
                }
                LocalDateTime t = d.atTime(ctx.dice.between(9, 20), ctx.dice.nextInt(60));
                ctx.planner.reserve(p, d, d);
                ctx.planner.at(p, t, pt -> {
                    if (pt.balance() < sum / 4) {
                        return; // the account is empty: nothing left to cash out this month
                    }
                    Encounter e = ctx.care.open(pt, ph, MedType.PHARMACY_PURCHASE, t, t, null, ctx.w.pharmacistAt(ph, t),
                            "R53.x00", ctx.dice);
                    e.cert = CertType.E_VOUCHER;
                    e.accountPaysAll = true;
                    long left = sum;
                    int lines = ctx.dice.between(1, 3);
                    for (int l = 0; l < lines && left > 0; l++) {
                        Item item = ctx.w.catalogue.item(GOODS[(l + ctx.dice.nextInt(GOODS.length)) % GOODS.length]);
                        long price = ctx.w.priceAt(ph, item);
                        long n = l == lines - 1 ? 0 : Math.max(1, left / price / 2);
                        if (n > 0 && n * price < left) {
                            e.add(item, t, Quantity.of(n), price, e.attending);
                            left -= n * price;
                        } else {
                            // the last line makes up the round sum: the till sets the unit price
                            long cnt = Math.max(1, left / price);
                            while (left % cnt != 0) {
                                cnt++;
                            }
                            e.add(item, t, Quantity.of(cnt), left / cnt, e.attending);
                            left = 0;
                        }
                    }
                    Encounter.Written wr = e.write();
                    if (wr.settlement().acctPayFen() > 0) {
                        ctx.out().label(Category.EVOUCHER_CASHOUT, SubjectType.VISIT, wr.visitId(),
                                wr.settlement().acctPayFen());
                    }
                });
            }
        }
    }
}
