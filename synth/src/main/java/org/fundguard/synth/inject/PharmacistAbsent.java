package org.fundguard.synth.inject;

import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Behaviour;
import org.fundguard.synth.Dice;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Output;
import org.fundguard.synth.Staff;

/**
 * 执业药师挂证: a pharmacy whose only registered pharmacist actually works full shifts at another
 * pharmacy (every sale here is "reviewed" by someone who is at the other counter), or whose single
 * pharmacist reviews every sale from 08:00 to 22:00, seven days a week, never changing shift.
 * Labelled: the pharmacy; fund_loss = fund payment of its sales. Hard negative: pharmacies whose
 * several pharmacists cover the shifts.
 */
final class PharmacistAbsent implements Injection {
    @Override
    public Category category() {
        return Category.PHARMACIST_ABSENT;
    }

    @Override
    public void plan(InjectionContext ctx) {
        List<Facility> candidates = ctx.ordinary(ctx.w.pharmacies, f -> true);
        int n = ctx.institutions(2, 2.5);
        for (int k = 0; k < n && candidates.size() > 2; k++) {
            Facility f = candidates.remove(ctx.dice.nextInt(candidates.size()));
            for (Staff s : f.pharmacists) {
                s.registrations.get(0).listed = false;
            }
            f.pharmacists.clear();
            if (k % 2 == 0) {
                // 挂证: the certificate of a pharmacist who works full shifts at another pharmacy
                Facility home = candidates.remove(ctx.dice.nextInt(candidates.size()));
                Staff s = home.pharmacists.get(0);
                s.register(f, null, ctx.w.start.minusMonths(ctx.dice.between(3, 30)), null, 127);
                f.pharmacists.add(s);
            } else {
                Staff s = ctx.w.newStaff(org.fundguard.core.PractitionerType.PHARMACIST, f, ctx.dice);
                s.register(f, null, ctx.w.start.minusYears(ctx.dice.between(1, 8)), null, 127);
                f.pharmacists.add(s);
            }
            f.behaviour = new Absent(f);
        }
        int listed = 0;
        for (Facility f : ctx.ordinary(ctx.w.pharmacies, g -> true)) {
            if (f.pharmacists.size() >= 2 && listed++ < 5) {
                ctx.out().hardNegative(Category.PHARMACIST_ABSENT, SubjectType.INSTITUTION, f.code,
                        "several pharmacists covering shifts");
            }
        }
    }

    private static final class Absent implements Behaviour {
        private final Facility f;
        private long loss;

        Absent(Facility f) {
            this.f = f;
        }

        @Override
        public void written(Encounter e) {
            loss += e.written.fundPay();
        }

        @Override
        public void finish(Output out) {
            out.label(Category.PHARMACIST_ABSENT, SubjectType.INSTITUTION, f.code, loss);
        }
    }
}
