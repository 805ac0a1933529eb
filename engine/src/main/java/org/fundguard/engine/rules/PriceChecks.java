package org.fundguard.engine.rules;

import java.util.List;
import java.util.Set;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Quantity;

/** PRICE_CAP: unit price above the catalogue cap for the institution's level (超标准收费). */
final class PriceChecks {
    private PriceChecks() {
    }

    static String levelName(HospitalLevel level) {
        return switch (level) {
            case LEVEL_3 -> "三级医院";
            case LEVEL_2 -> "二级医院";
            case LEVEL_1 -> "一级医院";
            case UNRATED -> "未定级机构";
        };
    }

    /**
     * Amount = (price − cap) × count of the line (net of refunds), exactly to the fen. One instance per
     * code, with the caps by level read from the catalogue once.
     */
    static final class Cap extends LineCheck {
        private final long[] capByLevel = new long[HospitalLevel.values().length];

        Cap(CompiledRule rule, org.fundguard.core.CatalogItem item) {
            super(rule);
            for (HospitalLevel l : HospitalLevel.values()) {
                Long c = item.priceCapFor(l);
                capByLevel[l.ordinal()] = c == null ? Long.MAX_VALUE : c;
            }
        }

        @Override
        void check(PersonAudit a, int i) {
            VisitFacts v = a.visitOf(i);
            if (v.institution == null) {
                return;
            }
            FeeDetail l = a.lines[i];
            long cap = capByLevel[v.institution.level().ordinal()];
            if (l.priceFen() <= cap || !a.reports(v)) {
                return;
            }
            CodePlan cp = a.plans[i];
            long over = l.priceFen() - cap;
            long cnt = a.effCnt[i];
            long amount = Quantity.times(cnt, over);
            String text = "费用明细" + l.feedetlSn() + "：项目" + cp.label() + "单价" + Amounts.yuan(l.priceFen()) + "，超过"
                    + levelName(v.institution.level()) + "最高限价" + Amounts.yuan(cap) + "，超额" + Amounts.yuan(over) + "×"
                    + Amounts.qty(cnt) + "=" + Amounts.yuan(amount);
            a.emit(v, Findings.line(rule, l, v, amount, text, List.of("institutions:" + v.institution.code()),
                    "price", Amounts.yuan(l.priceFen()), "cap", Amounts.yuan(cap), "hosp_lv", v.institution.level().code(),
                    "cnt", Amounts.qty(cnt)));
        }
    }

    /**
     * 手术项目未按规定折价收费: when several surgeries of one group (one incision) are charged the same
     * day in one visit, the most expensive is charged in full and every further one at most at
     * discount_percent of its cap. Amount = (price − discounted cap) × count. A code without a cap in
     * the catalogue cannot be judged and is left alone.
     */
    static final class SurgeryDiscount extends LineCheck {
        private final long percent;
        private final Set<String> group;

        SurgeryDiscount(CompiledRule rule, long percent, Set<String> group) {
            super(rule);
            this.percent = percent;
            this.group = group;
        }

        @Override
        void check(PersonAudit a, int i) {
            a.defer(this, i);
        }

        @Override
        void resolve(PersonAudit a, int i) {
            VisitFacts v = a.visitOf(i);
            if (v.institution == null) {
                return;
            }
            Long cap = cap(a, i, v);
            if (cap == null) {
                return;
            }
            int main = -1;
            long mainCap = -1;
            for (int j = v.firstLine; j < v.endLine; j++) {
                if (a.day[j] != a.day[i] || (a.flags[j] & (PersonAudit.F_REFUND | PersonAudit.F_GONE)) != 0
                        || !group.contains(a.lines[j].listCode())) {
                    continue;
                }
                Long c = cap(a, j, v);
                if (c != null && c > mainCap) {
                    main = j;
                    mainCap = c;
                }
            }
            if (main == i || main < 0) {
                return;
            }
            FeeDetail l = a.lines[i];
            long allowed = Amounts.scale(cap, percent, 100);
            if (l.priceFen() <= allowed) {
                return;
            }
            long over = l.priceFen() - allowed;
            long cnt = a.effCnt[i];
            long amount = Quantity.times(cnt, over);
            String text = "费用明细" + l.feedetlSn() + "：同次手术中" + a.plans[i].label() + "为第二及以后手术，应按" + percent
                    + "%折价收取" + Amounts.yuan(allowed) + "，实收单价" + Amounts.yuan(l.priceFen()) + "，多收" + Amounts.yuan(over)
                    + "×" + Amounts.qty(cnt) + "=" + Amounts.yuan(amount) + "(主手术为费用明细" + a.lines[main].feedetlSn() + ")";
            a.emit(v, Findings.line(rule, l, v, amount, text, List.of("fee_details:" + a.lines[main].feedetlSn()),
                    "price", Amounts.yuan(l.priceFen()), "discounted_cap", Amounts.yuan(allowed),
                    "discount_percent", Long.toString(percent)));
        }

        private static Long cap(PersonAudit a, int j, VisitFacts v) {
            CodePlan cp = a.plans[j];
            return cp == null || cp.item == null ? null : cp.item.priceCapFor(v.institution.level());
        }
    }
}
