package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.BiConsumer;
import org.fundguard.synth.Acute;
import org.fundguard.synth.CarePaths;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Patient;
import org.fundguard.synth.Staff;
import org.fundguard.synth.World;

/**
 * Ordinary-looking visits that carry one injected line: the visit is drawn by the care pathways and
 * cleaned like ordinary care, then {@code adjust} adds the violation and {@code after} labels it.
 */
final class Hosts {
    private Hosts() {
    }

    /** An outpatient visit (general, or chronic follow-up when the person has a chronic condition). */
    static boolean outpatient(InjectionContext ctx, int p, Facility f, int day, boolean chronic,
            BiConsumer<Patient, Encounter> adjust, BiConsumer<Patient, Encounter> after) {
        LocalDate d = ctx.day(day);
        if (ctx.w.pop.death(p) != null && !d.isBefore(ctx.w.pop.death(p))) {
            return false;
        }
        ctx.planner.reserve(p, d, d);
        LocalDateTime t = ctx.clinicTime(d);
        ctx.planner.at(p, t, pt -> {
            Staff doc = ctx.doctor(f, chronic ? World.INTERNAL : World.INTERNAL, d);
            if (doc == null) {
                return;
            }
            Encounter e;
            if (chronic && !ctx.care.chronicDiags(p).isEmpty()) {
                e = ctx.care.chronicVisit(pt, f, d, doc, 30, ctx.dice);
            } else {
                Acute a = Acute.draw(ctx.dice, pt.age(d), pt.male());
                e = ctx.care.outpatient(pt, f, a, d, doc, false, ctx.dice);
                e.dept = CarePaths.deptAt(f, World.INTERNAL);
            }
            e.attending = doc.code;
            ctx.clean(e);
            adjust.accept(pt, e);
            e.write();
            after.accept(pt, e);
        });
        return true;
    }

    /** A pharmacy purchase. */
    static boolean pharmacy(InjectionContext ctx, int p, Facility f, int day, BiConsumer<Patient, Encounter> adjust,
            BiConsumer<Patient, Encounter> after) {
        LocalDate d = ctx.day(day);
        if (ctx.w.pop.death(p) != null && !d.isBefore(ctx.w.pop.death(p))) {
            return false;
        }
        ctx.planner.reserve(p, d, d);
        LocalDateTime t = d.atTime(ctx.dice.between(8, 20), ctx.dice.nextInt(60));
        ctx.planner.at(p, t, pt -> {
            Encounter e = ctx.care.chronicDiags(p).isEmpty() ? ctx.care.otc(pt, f, t, ctx.dice)
                    : ctx.care.refill(pt, f, t, ctx.dice);
            ctx.clean(e);
            adjust.accept(pt, e);
            e.write();
            after.accept(pt, e);
        });
        return true;
    }

    static Facility outpatientFacility(InjectionContext ctx, int p) {
        int k = ctx.dice.nextInt(4);
        Facility f = k == 0 ? ctx.w.clinicFor(p) : k == 1 ? ctx.w.level1For(p) : k == 2 ? ctx.w.level2For(p)
                : ctx.w.level3For(p, 0);
        return f.behaviour == null ? f : ctx.w.level2For(p).behaviour == null ? ctx.w.level2For(p) : ctx.w.level3For(p, 1);
    }

    static Encounter.Line last(Encounter e) {
        return e.lines.get(e.lines.size() - 1);
    }

}
