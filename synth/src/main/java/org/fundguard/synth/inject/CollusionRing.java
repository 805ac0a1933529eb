package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.MedType;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.CarePaths;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Item;
import org.fundguard.synth.Population;
import org.fundguard.synth.Staff;
import org.fundguard.synth.World;

/**
 * 团伙骗保/黑中介: a broker's group — unrelated people from different villages registered with the
 * broker's phone — taken together to one institution after another, each member billed the same
 * template of physiotherapy and drugs the same morning. Labelled: each member; fund_loss = fund
 * payment of their ring visits. Hard negative: households sharing a phone and a family doctor.
 */
final class CollusionRing implements Injection {
    @Override
    public Category category() {
        return Category.COLLUSION_RING;
    }

    @Override
    public void plan(InjectionContext ctx) {
        Population pop = ctx.w.pop;
        int rings = ctx.count(2, 2);
        List<Facility> places = new ArrayList<>(ctx.ordinary(ctx.w.privates, f -> true));
        places.addAll(ctx.ordinary(ctx.w.level1, f -> true));
        if (places.isEmpty()) {
            places.addAll(ctx.ordinary(ctx.w.level2, f -> true));
        }
        for (int r = 0; r < rings; r++) {
            int size = ctx.dice.between(5, 8);
            String brokerPhone = World.phoneOf(ctx.dice.nextLong());
            List<Integer> members = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 30 && ctx.age(q) <= 68 && !pop.inCareHome(q)
                        && members.stream().noneMatch(m -> pop.village(m) == pop.village(q)));
                if (p < 0) {
                    break;
                }
                members.add(p);
                if (k == 0 || ctx.dice.chance(0.8)) {
                    pop.overridePhone(p, brokerPhone);
                }
            }
            long[] loss = new long[members.size()];
            int outings = ctx.dice.between(4, 6);
            int day = ctx.randomDay(0, 20);
            String diag = ctx.dice.pick(new String[] {"M54.500", "M47.800", "M17.900"});
            int packs = ctx.dice.between(1, 2);
            for (int o = 0; o < outings; o++) {
                Facility f = ctx.dice.pick(places);
                LocalDate d = ctx.day(Math.min(ctx.w.days - 1, day));
                day += ctx.dice.between(10, 25);
                LocalDateTime t0 = d.atTime(ctx.dice.between(8, 9), ctx.dice.nextInt(60));
                boolean last = o == outings - 1 || day >= ctx.w.days;
                for (int m = 0; m < members.size(); m++) {
                    int p = members.get(m);
                    int idx = m;
                    LocalDateTime t = t0.plusMinutes(m * ctx.dice.between(6, 15));
                    ctx.planner.reserve(p, d, d);
                    ctx.planner.at(p, t, pt -> {
                        Staff doc = ctx.doctor(f, World.SURGERY, d);
                        if (doc == null) {
                            return;
                        }
                        Encounter e = ctx.care.open(pt, f, MedType.GENERAL_OUTPATIENT, t, t.plusMinutes(12),
                                CarePaths.deptAt(f, World.SURGERY), doc, diag, ctx.dice);
                        e.units(item(ctx, "CONSULT_GEN"), t, 1);
                        e.units(item(ctx, "PHYSIO"), t.plusMinutes(5), 2);
                        if (f.hasDept(World.TCM)) {
                            e.units(item(ctx, "ACUPUNCT"), t.plusMinutes(5), 1);
                        }
                        e.units(item(ctx, "CELECOXIB"), t.plusMinutes(8), packs);
                        e.units(item(ctx, "XRAY"), t.plusMinutes(3), 1);
                        ctx.clean(e);
                        Encounter.Written wr = e.write();
                        loss[idx] += wr.fundPay();
                    });
                }
                if (last) {
                    break;
                }
            }
            LocalDateTime end = ctx.day(ctx.w.days - 1).atTime(23, 59);
            for (int m = 0; m < members.size(); m++) {
                int idx = m;
                ctx.planner.at(members.get(m), end, pt -> ctx.out().label(Category.COLLUSION_RING, SubjectType.PERSON,
                        pt.psnNo(), loss[idx]));
            }
        }
        households(ctx);
    }

    private static Item item(InjectionContext ctx, String key) {
        return ctx.w.catalogue.item(key);
    }

    /** Families sharing one phone and one family doctor: linked, but not a ring. */
    private void households(InjectionContext ctx) {
        Population pop = ctx.w.pop;
        int listed = 0;
        int want = ctx.count(4, 6);
        for (int p = 1; p < pop.size && listed < want; p += 97) {
            if (pop.household(p) == pop.household(p - 1) && !pop.isTaken(p) && !pop.isTaken(p - 1)
                    && ctx.w.phone(p).equals(ctx.w.phone(p - 1))) {
                ctx.out().hardNegative(Category.COLLUSION_RING, SubjectType.PERSON, ctx.w.psnNo(p - 1),
                        "household sharing a phone and a family doctor");
                ctx.out().hardNegative(Category.COLLUSION_RING, SubjectType.PERSON, ctx.w.psnNo(p),
                        "household sharing a phone and a family doctor");
                listed++;
            }
        }
    }
}
