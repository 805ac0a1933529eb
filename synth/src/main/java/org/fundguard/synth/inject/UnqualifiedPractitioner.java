package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.PractitionerType;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Acute;
import org.fundguard.synth.CarePaths;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Staff;
import org.fundguard.synth.World;

/**
 * 无资质人员/冒用医师名义: visits ordered under a practitioner whose qualification has lapsed, under a
 * code registered at another institution (or nowhere), or by a multi-site doctor at his second
 * institution at the very hours he is seeing patients at his main one. Labelled: each such visit,
 * its fund payment. Hard negative: multi-site doctors at their second site on their days there
 * (ordinary care).
 */
final class UnqualifiedPractitioner implements Injection {
    @Override
    public Category category() {
        return Category.UNQUALIFIED_PRACTITIONER;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int practitioners = ctx.count(3, 4);
        List<Facility> places = ctx.ordinary(ctx.w.facilities, f -> !f.isPharmacy() && !f.isRemote()
                && f.kind != Facility.Kind.DIALYSIS && f.kind != Facility.Kind.LEVEL3);
        for (int k = 0; k < practitioners; k++) {
            Facility f = ctx.dice.pick(places);
            String dept = CarePaths.deptAt(f, World.INTERNAL);
            int variant = k % 3;
            Staff s;
            int fromDay;
            if (variant == 0) {
                // qualification ends early in the window; he keeps seeing patients
                s = ctx.w.newStaff(PractitionerType.DOCTOR, f, ctx.dice);
                fromDay = ctx.randomDay(10, ctx.w.days / 2);
                s.register(f, dept, ctx.w.start.minusYears(ctx.dice.between(5, 20)), ctx.day(fromDay - 1), 127);
            } else if (variant == 1) {
                // a code registered only at another institution (or, sometimes, nowhere at all)
                Facility other = ctx.dice.pick(places);
                s = ctx.w.newStaff(PractitionerType.DOCTOR, other == f ? ctx.w.level3.get(0) : other, ctx.dice);
                Staff.Registration r = s.register(other == f ? ctx.w.level3.get(0) : other, dept,
                        ctx.w.start.minusYears(3), null, 127);
                r.listed = ctx.dice.chance(0.7);
                fromDay = ctx.randomDay(0, ctx.w.days / 3);
            } else {
                twoPlaces(ctx);
                continue;
            }
            int visits = ctx.dice.between(5, 9);
            for (int v = 0; v < visits; v++) {
                int day = ctx.randomDay(fromDay, ctx.w.days - 1);
                visit(ctx, f, dept, s, ctx.day(day), null, true);
            }
        }
    }

    /** A weekday-hospital doctor billing at his weekend clinic on a weekday, while seeing patients at the hospital. */
    private void twoPlaces(InjectionContext ctx) {
        for (int tries = 0; tries < 200; tries++) {
            Facility main = ctx.dice.pick(ctx.w.level2);
            List<Staff> docs = main.doctors(World.INTERNAL);
            Staff s = docs.get(ctx.dice.nextInt(docs.size()));
            if (s.registrations.size() < 2 || main.behaviour != null) {
                continue;
            }
            Facility second = s.registrations.get(1).facility;
            if (second.behaviour != null) {
                continue;
            }
            int visits = ctx.dice.between(5, 8);
            for (int v = 0; v < visits; v++) {
                LocalDate d = ctx.day(ctx.randomDay(0, ctx.w.days - 1));
                while (d.getDayOfWeek().getValue() > 5) {
                    d = d.plusDays(1);
                }
                if (!ctx.w.inWindow(d)) {
                    continue;
                }
                LocalDateTime t = d.atTime(ctx.dice.between(9, 11), ctx.dice.nextInt(60));
                visit(ctx, main, World.INTERNAL, s, d, t.minusMinutes(ctx.dice.between(0, 20)), false);
                visit(ctx, second, s.registrations.get(1).dept, s, d, t, true);
            }
            return;
        }
    }

    private void visit(InjectionContext ctx, Facility f, String dept, Staff s, LocalDate d, LocalDateTime at,
            boolean label) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 15 && !ctx.w.pop.inCareHome(q));
        if (p < 0) {
            return;
        }
        ctx.planner.reserve(p, d, d);
        LocalDateTime t = at != null ? at : ctx.clinicTime(d);
        ctx.planner.at(p, t, pt -> {
            Encounter e = ctx.care.outpatientAt(pt, f, Acute.draw(ctx.dice, pt.age(d), pt.male()), t, s, false, ctx.dice);
            e.dept = dept;
            ctx.clean(e);
            Encounter.Written wr = e.write();
            ctx.w.ledger.seen(s, ctx.w.ledger.day(d));
            if (label) {
                ctx.out().label(Category.UNQUALIFIED_PRACTITIONER, SubjectType.VISIT, wr.visitId(), wr.fundPay());
            }
        });
    }
}
