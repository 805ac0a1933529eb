package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.ChargeCategory;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Pathway;

/**
 * 挂床住院: a real stay whose later (or middle) days carry no care at all — no nursing, no treatment,
 * at most the bed — while the patient is at home; some are seen at a clinic or pharmacy in town on
 * those days. Labelled: the stay; fund_loss = its fund payment × empty days / nights. Hard negatives:
 * day surgery (ordinary care) and stays with leave days documented by nursing lines (here).
 */
final class BedHanging implements Injection {
    private static final Pathway[] PATHS = {Pathway.PNEUMONIA, Pathway.COPD, Pathway.STROKE, Pathway.HEART_FAILURE};

    @Override
    public Category category() {
        return Category.BED_HANGING;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int n = ctx.count(4, 12);
        List<Facility> hospitals = ctx.hospitals(HospitalLevel.LEVEL_2);
        int made = 0;
        for (int k = 0; made < n && k < n * 6; k++) {
            if (stay(ctx, ctx.dice.pick(hospitals), made % 3, false)) {
                made++;
            }
        }
        int leave = ctx.count(3, 5);
        for (int k = 0, m = 0; m < leave && k < leave * 6; k++) {
            if (stay(ctx, ctx.dice.pick(hospitals), 0, true)) {
                m++;
            }
        }
    }

    /** variant 0: trailing empty days; 1: empty days in the middle; 2: bed-only days and seen in town. */
    private boolean stay(InjectionContext ctx, Facility f, int variant, boolean leaveDays) {
        Pathway path = ctx.dice.pick(PATHS);
        if (!f.hasDept(path.dept)) {
            return false;
        }
        if (path == Pathway.STROKE && f.level == HospitalLevel.LEVEL_1) {
            path = Pathway.PNEUMONIA;
        }
        int nights = ctx.dice.between(12, 18);
        int empty = leaveDays ? ctx.dice.between(1, 2) : ctx.dice.between(3, Math.min(7, nights / 2));
        int from = variant == 1 || leaveDays ? ctx.dice.between(3, nights - empty - 2) : nights - empty;
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 45 && !ctx.w.pop.inCareHome(q));
        if (p < 0) {
            return false;
        }
        int day = ctx.randomDay(35, ctx.w.days - nights - 35);
        LocalDate a = ctx.day(day);
        LocalDateTime admit = a.atTime(ctx.dice.between(8, 15), ctx.dice.nextInt(60));
        ctx.planner.reserve(p, a.minusDays(31), a.plusDays(nights + 31));
        final int emptyFrom = from;
        final int emptyDays = empty;
        boolean ok = ctx.planStay(p, f, path, admit, nights, ctx.care.chronicDiags(p), (pt, e) -> {
            for (int d = emptyFrom; d < emptyFrom + emptyDays; d++) {
                LocalDate day0 = a.plusDays(d);
                e.lines.removeIf(l -> l.time.toLocalDate().equals(day0) && keepOnly(l, variant, leaveDays));
            }
        }, (pt, wr) -> {
            if (leaveDays) {
                ctx.out().hardNegative(Category.BED_HANGING, SubjectType.VISIT, wr.visitId(),
                        "leave days documented with nursing lines");
            } else {
                ctx.out().label(Category.BED_HANGING, SubjectType.VISIT, wr.visitId(),
                        wr.fundPay() * emptyDays / nights);
            }
        });
        if (ok && variant == 2 && !leaveDays) {
            LocalDate seen = a.plusDays(from + 1);
            LocalDateTime t = seen.atTime(ctx.dice.between(9, 17), ctx.dice.nextInt(60));
            Facility ph = ctx.w.pharmacyFor(p, 2);
            ctx.planner.at(p, t, pt -> ctx.care.otc(pt, ph, t, ctx.dice).write());
        }
        return ok;
    }

    /** Which lines of an empty day go: all of them, or all but the bed (bed-only days), or all but bed and nursing. */
    private static boolean keepOnly(Encounter.Line l, int variant, boolean leaveDays) {
        ChargeCategory c = l.item.spec.chargeCategory();
        if (leaveDays) {
            return c != ChargeCategory.BED && c != ChargeCategory.NURSING;
        }
        return variant == 2 ? c != ChargeCategory.BED : true;
    }
}
