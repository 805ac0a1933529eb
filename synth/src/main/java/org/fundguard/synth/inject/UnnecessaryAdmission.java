package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Ownership;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Pathway;
import org.fundguard.synth.Population;

/**
 * 诱导住院: elderly people of one village (collected by a private hospital's bus) or of one care home
 * (sent to the linked 医养结合 hospital) admitted within a few days of each other with mild
 * diagnoses, the same length of stay and the same fee template. Labelled: each stay. Hard negative:
 * a flu/pneumonia outbreak in a care home, with severe diagnoses and varied treatment.
 */
final class UnnecessaryAdmission implements Injection {
    private static final String[] MILD = {"I10.x00", "M54.500", "R42.x00", "I67.200", "K30.x00", "R51.x00", "M47.800"};

    @Override
    public Category category() {
        return Category.UNNECESSARY_ADMISSION;
    }

    @Override
    public void plan(InjectionContext ctx) {
        Population pop = ctx.w.pop;
        List<Facility> privates = ctx.ordinary(ctx.w.privates,
                f -> f.ownership == Ownership.PRIVATE && f.level == HospitalLevel.LEVEL_1);
        if (privates.isEmpty()) {
            privates = ctx.hospitals(HospitalLevel.LEVEL_2);
        }
        int clusters = ctx.count(2, 2.5);
        for (int c = 0; c < clusters; c++) {
            boolean careHome = c % 2 == 1 && !ctx.w.eldercare.isEmpty();
            Facility f;
            List<Integer> members = new ArrayList<>();
            int size = ctx.dice.between(4, 7);
            if (careHome) {
                f = ctx.w.eldercare.get(c / 2 % ctx.w.eldercare.size());
                int village = -1;
                for (int p = 0; p < pop.size && members.size() < size; p++) {
                    if (pop.inCareHome(p) && !pop.isTaken(p) && ctx.alive(p) && careHomeOf(ctx, p) == f.index
                            && (village < 0 || pop.village(p) == village)) {
                        village = pop.village(p);
                        members.add(p);
                    }
                }
            } else {
                f = ctx.dice.pick(privates);
                int first = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 65);
                if (first < 0) {
                    continue;
                }
                members.add(first);
                int village = pop.village(first);
                for (int p = 0; p < pop.size && members.size() < size; p++) {
                    if (p != first && pop.village(p) == village && !pop.isTaken(p) && ctx.alive(p) && ctx.age(p) >= 62
                            && !pop.inCareHome(p)) {
                        members.add(p);
                    }
                }
            }
            if (members.size() < 3) {
                continue;
            }
            int nights = ctx.dice.between(7, 10);
            int day = ctx.randomDay(35, ctx.w.days - nights - 35);
            String diag = ctx.dice.pick(MILD);
            for (int p : members) {
                pop.take(p);
                LocalDate a = ctx.day(day + ctx.dice.nextInt(3));
                LocalDateTime admit = a.atTime(ctx.dice.between(9, 11), ctx.dice.nextInt(60));
                ctx.planner.reserve(p, a.minusDays(31), a.plusDays(nights + 31));
                ctx.planStay(p, f, Pathway.MILD, admit, nights, List.of(), (pt, e) -> e.mainDiag = diag,
                        (pt, wr) -> ctx.out().label(Category.UNNECESSARY_ADMISSION, SubjectType.VISIT, wr.visitId(),
                                wr.fundPay()));
            }
        }
        outbreak(ctx);
    }

    private static int careHomeOf(InjectionContext ctx, int p) {
        return ctx.w.careHomeFacility(p);
    }

    /** A real respiratory outbreak in a care home: severe diagnoses, varied stays and treatment. */
    private void outbreak(InjectionContext ctx) {
        Population pop = ctx.w.pop;
        int done = 0;
        int outbreaks = ctx.institutions(1, 1);
        for (int h = 0; h < ctx.w.eldercare.size() && done < outbreaks; h++) {
            Facility home = ctx.w.eldercare.get(ctx.w.eldercare.size() - 1 - h);
            List<Integer> sick = new ArrayList<>();
            for (int p = pop.size - 1; p >= 0 && sick.size() < 6; p--) {
                if (pop.inCareHome(p) && !pop.isTaken(p) && ctx.alive(p) && ctx.w.careHomeFacility(p) == home.index) {
                    sick.add(p);
                }
            }
            int winter = ctx.randomDay(10, Math.min(ctx.w.days - 20, 60));
            for (int p : sick) {
                pop.take(p);
                Pathway path = ctx.dice.pick(new Pathway[] {Pathway.FLU_PNEUMONIA, Pathway.BACTERIAL_PNEUMONIA,
                    Pathway.PNEUMONIA});
                int nights = ctx.dice.between(path.minNights, path.maxNights + 2);
                Facility f = path == Pathway.BACTERIAL_PNEUMONIA ? ctx.w.level2For(p) : home;
                LocalDateTime admit = ctx.day(winter + ctx.dice.nextInt(6)).atTime(ctx.dice.between(0, 21),
                        ctx.dice.nextInt(60));
                ctx.planner.reserve(p, admit.toLocalDate().minusDays(31), admit.toLocalDate().plusDays(nights + 31));
                ctx.planStay(p, f, path, admit, nights, List.of(), null,
                        (pt, wr) -> ctx.out().hardNegative(Category.UNNECESSARY_ADMISSION, SubjectType.VISIT,
                                wr.visitId(), "respiratory outbreak in a care home"));
            }
            done++;
        }
    }
}
