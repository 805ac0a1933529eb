package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedType;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Behaviour;
import org.fundguard.synth.Dice;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Item;
import org.fundguard.synth.Limits;
import org.fundguard.synth.Output;
import org.fundguard.synth.Pathway;
import org.fundguard.synth.Population;

/**
 * 重点药品异常增长: an institution where key-monitored drugs (前列地尔, 复合辅酶, 血栓通, 泮托拉唑 injections)
 * spread from a few patients to most of them within months, far faster than the region. Labelled: the
 * institution; fund_loss = fund share of the added key-monitored lines. Hard negative: a hospital that
 * opens a stroke unit mid-window, whose key-drug spend rises with its documented stroke admissions.
 */
final class DrugSpendSurge implements Injection {
    private static final String[] KEY = {"ALPROSTADIL", "COENZYME", "XUESHUANTONG", "PANTOPRAZOLE_INJ"};

    @Override
    public Category category() {
        return Category.DRUG_SPEND_SURGE;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int n = ctx.institutions(2, 2.5);
        List<Facility> candidates = new ArrayList<>(ctx.ordinary(ctx.w.privates, f -> true));
        // institutions whose ordinary key-drug spend is small, so the surge is theirs and not their case mix
        candidates.addAll(ctx.ordinary(ctx.w.level1, f -> true));
        for (int k = 0; k < n && !candidates.isEmpty(); k++) {
            Facility f = candidates.remove(ctx.dice.nextInt(candidates.size()));
            f.behaviour = new Surge(f, ctx);
        }
        strokeUnit(ctx);
    }

    private static final class Surge implements Behaviour {
        private final Facility f;
        private final InjectionContext ctx;
        private final List<Encounter.Line> pending = new ArrayList<>();
        private long loss;

        Surge(Facility f, InjectionContext ctx) {
            this.f = f;
            this.ctx = ctx;
        }

        @Override
        public void onVisit(Encounter e, Dice d) {
            int month = ctx.w.ledger.month(e.begin);
            double share = 0.03 + 0.7 * Math.pow((double) month / Math.max(1, ctx.w.months - 1), 1.5);
            if (e.type == MedType.PHARMACY_PURCHASE || !d.chance(share)) {
                return;
            }
            Item item = ctx.w.catalogue.item(d.pick(KEY));
            if (e.has(item) || Limits.breach(item.spec, e.patient.person.gender(), e.patient.age(e.begin.toLocalDate()),
                    f.level, e.type, e.mainDiag, e.otherDiags) != null) {
                return;
            }
            if (e.type == MedType.INPATIENT) {
                LocalDate from = e.begin.toLocalDate();
                LocalDate to = e.end.toLocalDate();
                for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
                    pending.add(e.units(item, day.atTime(9, 30), 1));
                }
            } else {
                pending.add(e.units(item, e.begin.plusMinutes(20), 1));
            }
        }

        @Override
        public void written(Encounter e) {
            for (Encounter.Line l : pending) {
                loss += l.fund();
            }
            pending.clear();
        }

        @Override
        public void finish(Output out) {
            out.label(Category.DRUG_SPEND_SURGE, SubjectType.INSTITUTION, f.code, loss);
        }
    }

    /** A level-2 hospital opens a stroke unit halfway through: more stroke stays, each treated as usual. */
    private void strokeUnit(InjectionContext ctx) {
        List<Facility> l2 = ctx.ordinary(ctx.w.level2, f -> f.level == HospitalLevel.LEVEL_2);
        if (l2.isEmpty()) {
            return;
        }
        Facility f = l2.get(l2.size() - 1);
        int from = ctx.w.days / 2;
        int stays = ctx.count(6, 14);
        int made = 0;
        for (int k = 0; k < stays * 3 && made < stays; k++) {
            int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 55 && !ctx.w.pop.has(q, Population.DIALYSIS));
            if (p < 0) {
                break;
            }
            int nights = ctx.dice.between(10, 14);
            int day = ctx.randomDay(from, ctx.w.days - nights - 2);
            LocalDateTime admit = ctx.day(day).atTime(ctx.dice.between(8, 20), ctx.dice.nextInt(60));
            ctx.planner.reserve(p, admit.toLocalDate().minusDays(31), admit.toLocalDate().plusDays(nights + 31));
            if (ctx.planStay(p, f, Pathway.STROKE, admit, nights, ctx.care.chronicDiags(p), null, null)) {
                made++;
            }
        }
        ctx.out().hardNegative(Category.DRUG_SPEND_SURGE, SubjectType.INSTITUTION, f.code,
                "new stroke unit opening mid-window");
    }
}
