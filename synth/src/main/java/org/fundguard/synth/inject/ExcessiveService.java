package org.fundguard.synth.inject;

import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
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

/**
 * 过度检查: an institution that orders CT scans, ultrasound and lab panels for most of its ordinary
 * patients, more of them month after month, far above peers of its level with the same case mix.
 * Labelled: the institution; fund_loss = fund share of the added examinations. Hard negative: the
 * level-3 hospitals, whose sicker case mix genuinely needs more examinations.
 */
final class ExcessiveService implements Injection {
    private static final String[] EXTRA = {"CT_HEAD", "CT_CHEST", "US_ABD", "ECHO", "LIVER", "RENAL", "LIPID",
        "ELECTRO", "COAG", "URINE", "ECG", "XRAY"};

    @Override
    public Category category() {
        return Category.EXCESSIVE_SERVICE;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int n = ctx.institutions(2, 2.5);
        List<Facility> candidates = new ArrayList<>(ctx.ordinary(ctx.w.privates, f -> true));
        candidates.addAll(ctx.ordinary(ctx.w.level1, f -> true));
        for (int k = 0; k < n && !candidates.isEmpty(); k++) {
            Facility f = candidates.remove(ctx.dice.nextInt(Math.min(candidates.size(), k % 2 == 0 ? 3 : candidates.size())));
            f.behaviour = new Excess(f, ctx);
        }
        for (Facility f : ctx.w.level3) {
            ctx.out().hardNegative(Category.EXCESSIVE_SERVICE, SubjectType.INSTITUTION, f.code,
                    "tertiary hospital with a sicker case mix");
        }
    }

    private static final class Excess implements Behaviour {
        private final Facility f;
        private final InjectionContext ctx;
        private final List<Encounter.Line> pending = new ArrayList<>();
        private long loss;

        Excess(Facility f, InjectionContext ctx) {
            this.f = f;
            this.ctx = ctx;
        }

        @Override
        public void onVisit(Encounter e, Dice d) {
            int month = ctx.w.ledger.month(e.begin);
            double share = 0.35 + 0.55 * month / Math.max(1, ctx.w.months - 1);
            if (!d.chance(share)) {
                return;
            }
            int extra = e.type == MedType.INPATIENT ? d.between(2, 4) : d.between(1, 3);
            for (int k = 0; k < extra; k++) {
                Item item = ctx.w.catalogue.item(d.pick(EXTRA));
                if (e.has(item) || Limits.breach(item.spec, e.patient.person.gender(), e.patient.age(e.begin.toLocalDate()),
                        f.level, e.type, e.mainDiag, e.otherDiags) != null) {
                    continue;
                }
                if (item.key.equals("LIVER") && e.has(ctx.w.catalogue.item("ALT"))) {
                    continue;
                }
                pending.add(e.units(item, e.begin.plusMinutes(d.between(15, 50)), 1));
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
            out.label(Category.EXCESSIVE_SERVICE, SubjectType.INSTITUTION, f.code, loss);
        }
    }
}
