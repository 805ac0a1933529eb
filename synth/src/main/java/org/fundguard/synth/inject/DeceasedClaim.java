package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.fundguard.core.Category;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Acute;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Population;
import org.fundguard.synth.Staff;
import org.fundguard.synth.World;

/**
 * 死亡人员就医: a dead person's card keeps buying their regular drugs, or their chronic follow-ups keep
 * being billed, days to weeks after death_date. Labelled: each visit beginning after the day of
 * death, its fund payment. Hard negatives: an emergency visit on the day of death (here) and stays
 * ending on the day of death (ordinary care).
 */
final class DeceasedClaim implements Injection {
    @Override
    public Category category() {
        return Category.DECEASED_CLAIM;
    }

    @Override
    public void plan(InjectionContext ctx) {
        Population pop = ctx.w.pop;
        int persons = ctx.count(5, 8);
        for (int k = 0, made = 0; made < persons && k < persons * 10; k++) {
            int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 55 && !ctx.care.regularDrugs(q).isEmpty()
                    && !pop.has(q, Population.DIALYSIS) && !pop.has(q, Population.CANCER));
            if (p < 0) {
                break;
            }
            int deathDay = ctx.randomDay(20, ctx.w.days - 45);
            LocalDate death = ctx.day(deathDay);
            pop.setDeath(p, death);
            int visits = ctx.dice.between(2, 3);
            int day = deathDay;
            for (int v = 0; v < visits; v++) {
                day += ctx.dice.between(v == 0 ? 3 : 8, v == 0 ? 18 : 20);
                if (day >= ctx.w.days) {
                    break;
                }
                LocalDate d = ctx.day(day);
                boolean pharmacy = ctx.dice.chance(0.65);
                LocalDateTime t = pharmacy ? d.atTime(ctx.dice.between(8, 20), ctx.dice.nextInt(60)) : ctx.clinicTime(d);
                Facility f = pharmacy ? ctx.w.pharmacyFor(p, 0) : ctx.w.level1For(p);
                if (f.behaviour != null) {
                    continue;
                }
                ctx.planner.at(p, t, pt -> {
                    Encounter e;
                    if (pharmacy) {
                        e = ctx.care.refill(pt, f, t, ctx.dice);
                    } else {
                        Staff doc = ctx.doctor(f, World.INTERNAL, d);
                        if (doc == null) {
                            return;
                        }
                        e = ctx.care.chronicVisit(pt, f, d, doc, 30, ctx.dice);
                    }
                    ctx.clean(e);
                    Encounter.Written wr = e.write();
                    ctx.out().label(Category.DECEASED_CLAIM, SubjectType.VISIT, wr.visitId(), wr.fundPay());
                });
            }
            made++;
        }
        int onDay = ctx.count(3, 5);
        for (int k = 0; k < onDay; k++) {
            int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 70);
            if (p < 0) {
                break;
            }
            int deathDay = ctx.randomDay(20, ctx.w.days - 5);
            LocalDate death = ctx.day(deathDay);
            pop.setDeath(p, death);
            ctx.planner.reserve(p, death, death);
            Facility f = ctx.w.level2For(p);
            LocalDateTime t = death.atTime(ctx.dice.between(0, 6), ctx.dice.nextInt(60));
            ctx.planner.at(p, t, pt -> {
                Staff doc = ctx.doctor(f, World.EMERGENCY, death);
                if (doc == null) {
                    return;
                }
                Encounter e = ctx.care.outpatientAt(pt, f, Acute.DIZZINESS, t, doc, true, ctx.dice);
                e.mainDiag = "I50.900";
                ctx.clean(e);
                Encounter.Written wr = e.write();
                ctx.out().hardNegative(Category.DECEASED_CLAIM, SubjectType.VISIT, wr.visitId(), "visit on the day of death");
            });
        }
    }
}
