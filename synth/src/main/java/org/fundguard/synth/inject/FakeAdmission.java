package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.MedType;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Item;
import org.fundguard.synth.Staff;
import org.fundguard.synth.World;

/**
 * 虚假住院: stays billed night after night for a bed and a ward round but with almost no nursing,
 * drugs or treatment; some patients are seen buying drugs in town while "in bed"; some hospitals
 * bill several such patients with one identical fee list. Labelled: the stay, its fund payment.
 * Hard negatives (short observation stays, palliative stays) come from ordinary care (Life).
 */
final class FakeAdmission implements Injection {
    @Override
    public Category category() {
        return Category.FAKE_ADMISSION;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int n = ctx.count(4, 12);
        List<Facility> hospitals = ctx.hospitals(HospitalLevel.LEVEL_2);
        hospitals.removeIf(f -> f.ownership != org.fundguard.core.Ownership.PRIVATE && ctx.dice.chance(0.6));
        int made = 0;
        for (int k = 0; made < n && k < n * 5; k++) {
            Facility f = ctx.dice.pick(hospitals);
            int variant = made % 3;
            int nights = ctx.dice.between(8, 15);
            int day = ctx.randomDay(5, ctx.w.days - nights - 10);
            if (variant == 2) {
                // one fee template for a small group admitted the same week
                int group = ctx.dice.between(3, 4);
                int[] template = {nights, ctx.dice.nextInt(3)};
                for (int g = 0; g < group && made < n + 2; g++) {
                    if (admit(ctx, f, day + ctx.dice.nextInt(5), template[0], template[1], false)) {
                        made++;
                    }
                }
            } else if (admit(ctx, f, day, nights, ctx.dice.nextInt(3), variant == 1)) {
                made++;
            }
        }
    }

    private boolean admit(InjectionContext ctx, Facility f, int day, int nights, int drugChoice, boolean seenInTown) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 30 && ctx.age(q) <= 80 && !ctx.w.pop.inCareHome(q));
        if (p < 0) {
            return false;
        }
        LocalDate admitDay = ctx.day(day);
        if (!ctx.beds(f, admitDay, nights)) {
            return false;
        }
        ctx.planner.reserve(p, admitDay.minusDays(31), admitDay.plusDays(nights + 31));
        LocalDateTime admit = admitDay.atTime(ctx.dice.between(8, 16), ctx.dice.nextInt(60));
        String diag = ctx.dice.pick(new String[] {"J18.900", "I63.900", "J44.100", "I50.900", "K80.100"});
        World w = ctx.w;
        ctx.planner.at(p, admit, pt -> {
            Staff doc = w.attendingFor(f, World.INTERNAL, admitDay, admitDay.plusDays(nights), pt.index);
            if (doc == null) {
                doc = ctx.attending(f, World.SURGERY, admitDay, admitDay.plusDays(nights));
            }
            Encounter e = ctx.care.open(pt, f, MedType.INPATIENT, admit,
                    admitDay.plusDays(nights).atTime(10, 0), org.fundguard.synth.CarePaths.deptAt(f, World.INTERNAL),
                    doc, diag, ctx.dice);
            Item bed = w.catalogue.item("BED_GEN");
            Item round = w.catalogue.item("INPT_CONSULT");
            for (int d = 0; d < nights; d++) {
                LocalDateTime t = d == 0 ? admit.plusMinutes(20) : admitDay.plusDays(d).atTime(8, 10);
                e.units(bed, t, 1);
                e.units(round, t, 1);
            }
            // an admission work-up on paper: the usual panels and a scan on the first day
            LocalDateTime lab = admit.plusMinutes(40);
            e.units(w.catalogue.item("CBC"), lab, 1);
            e.units(w.catalogue.item("LIVER"), lab, 1);
            e.units(w.catalogue.item("RENAL"), lab, 1);
            e.units(w.catalogue.item("ECG"), lab, 1);
            e.units(w.catalogue.item(drugChoice == 0 ? "CT_CHEST" : "CT_HEAD"), lab.plusMinutes(30), 1);
            Item drug = w.catalogue.item(drugChoice == 0 ? "VITC_INJ" : drugChoice == 1 ? "GLUCOSE5" : "OMEPRAZOLE");
            e.units(drug, admit.plusHours(2), 1);
            Encounter.Written wr = e.write();
            w.out.label(Category.FAKE_ADMISSION, SubjectType.VISIT, wr.visitId(), wr.fundPay());
        });
        if (seenInTown) {
            LocalDate mid = admitDay.plusDays(1 + ctx.dice.nextInt(Math.max(1, nights - 2)));
            LocalDateTime t = mid.atTime(ctx.dice.between(9, 18), ctx.dice.nextInt(60));
            Facility ph = w.pharmacyFor(p, 1);
            ctx.planner.at(p, t, pt -> {
                Encounter e = ctx.care.otc(pt, ph, t, ctx.dice);
                e.write();
            });
        }
        return true;
    }
}
