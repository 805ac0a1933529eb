package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Pathway;

/**
 * 分解住院: a stay cut in two — discharged, then readmitted to the same hospital within 15 days for
 * the same main diagnosis with nothing new. Labelled: the readmission, its fund payment. Hard
 * negatives: chemotherapy cycles (ordinary care) and transfers to another hospital for a different
 * condition (here).
 */
final class SplitAdmission implements Injection {
    private static final Pathway[] PATHS = {Pathway.PNEUMONIA, Pathway.COPD, Pathway.HEART_FAILURE, Pathway.STROKE,
        Pathway.ANGINA};

    @Override
    public Category category() {
        return Category.SPLIT_ADMISSION;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int n = ctx.count(4, 12);
        List<Facility> hospitals = ctx.hospitals(HospitalLevel.LEVEL_3);
        for (int k = 0, made = 0; made < n && k < n * 6; k++) {
            if (pair(ctx, ctx.dice.pick(hospitals), true)) {
                made++;
            }
        }
        int transfers = ctx.count(3, 5);
        for (int k = 0, made = 0; made < transfers && k < transfers * 6; k++) {
            if (pair(ctx, ctx.dice.pick(hospitals), false)) {
                made++;
            }
        }
    }

    private boolean pair(InjectionContext ctx, Facility f, boolean split) {
        Pathway path = ctx.dice.pick(PATHS);
        if (rank(f.level) < rank(path.minLevel) || !f.hasDept(path.dept)) {
            return false;
        }
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 50 && !ctx.w.pop.inCareHome(q));
        if (p < 0) {
            return false;
        }
        int n1 = ctx.dice.between(path.minNights, path.maxNights);
        int gap = split ? ctx.dice.between(1, 14) : ctx.dice.between(0, 10);
        int n2 = split ? ctx.dice.between(Math.max(3, path.minNights - 3), path.maxNights) : ctx.dice.between(5, 9);
        int day = ctx.randomDay(35, ctx.w.days - n1 - gap - n2 - 35);
        LocalDate a1 = ctx.day(day);
        LocalDate a2 = a1.plusDays(n1 + gap);
        Facility f2 = split ? f : other(ctx, f);
        Pathway path2 = split ? path : (path == Pathway.PNEUMONIA ? Pathway.HEART_FAILURE : Pathway.PNEUMONIA);
        if (f2 == null || !f2.hasDept(path2.dept)) {
            return false;
        }
        ctx.planner.reserve(p, a1.minusDays(31), a2.plusDays(n2 + 31));
        List<String> other = ctx.care.chronicDiags(p);
        LocalDateTime t1 = a1.atTime(ctx.dice.between(8, 15), ctx.dice.nextInt(60));
        LocalDateTime t2 = a2.atTime(ctx.dice.between(gap == 0 ? 12 : 8, 16), ctx.dice.nextInt(60));
        if (!ctx.planStay(p, f, path, t1, n1, other, null, null)) {
            return false;
        }
        return ctx.planStay(p, f2, path2, t2, n2, other, null, (pt, wr) -> {
            if (split) {
                ctx.out().label(Category.SPLIT_ADMISSION, SubjectType.VISIT, wr.visitId(), wr.fundPay());
            } else {
                ctx.out().hardNegative(Category.SPLIT_ADMISSION, SubjectType.VISIT, wr.visitId(),
                        "transfer to another institution for a different condition");
            }
        });
    }

    private static Facility other(InjectionContext ctx, Facility f) {
        List<Facility> l = ctx.hospitals(HospitalLevel.LEVEL_3);
        l.remove(f);
        l.removeIf(g -> rank(g.level) < 2);
        return l.isEmpty() ? null : ctx.dice.pick(l);
    }

    private static int rank(HospitalLevel l) {
        return l == HospitalLevel.LEVEL_3 ? 3 : l == HospitalLevel.LEVEL_2 ? 2 : l == HospitalLevel.LEVEL_1 ? 1 : 0;
    }
}
