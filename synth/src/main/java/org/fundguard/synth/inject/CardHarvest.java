package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.CertType;
import org.fundguard.core.MedType;
import org.fundguard.core.Quantity;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Item;
import org.fundguard.synth.Staff;
import org.fundguard.synth.World;

/**
 * 聚敛医保卡 空刷套刷: a pharmacy or clinic holds many people's cards and swipes them in a burst at one
 * terminal, late at night or before opening, each for an even sum. Labelled: each swipe, its fund
 * payment. The books of these pharmacies balance (the fraud hides behind paper deliveries), so the
 * stock signal stays reserved to ITEM_SWAP and the categories stay separable. Hard negatives: a busy
 * pharmacy at opening time, and a community clinic's vaccination morning.
 */
final class CardHarvest implements Injection {
    private static final String[] DRUGS = {"AMLODIPINE", "ATORVASTATIN", "OMEPRAZOLE", "CALCIUM", "LIUWEI", "DANSHEN",
        "GANMAO", "LORATADINE"};

    @Override
    public Category category() {
        return Category.CARD_HARVEST;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int bursts = ctx.count(2, 2);
        List<Facility> pharmacies = ctx.ordinary(ctx.w.pharmacies, f -> true);
        List<Facility> clinics = ctx.ordinary(ctx.w.clinics, f -> true);
        for (int b = 0; b < bursts; b++) {
            boolean clinic = b % 3 == 2;
            Facility f = clinic ? ctx.dice.pick(clinics) : ctx.dice.pick(pharmacies);
            f.behaviour = new org.fundguard.synth.Behaviour() {
            };
            String terminal = f.terminals[0];
            int size = ctx.dice.between(10, 18);
            LocalDate d = ctx.day(ctx.randomDay(0, ctx.w.days - 2));
            boolean night = ctx.dice.chance(0.6);
            LocalDateTime t0 = night ? d.atTime(ctx.dice.between(21, 22), ctx.dice.nextInt(40)) : d.atTime(5, ctx.dice.nextInt(20));
            long target = ctx.dice.pick(new Long[] {10_000L, 20_000L, 30_000L});
            for (int k = 0; k < size; k++) {
                int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 18 && !ctx.w.pop.inCareHome(q));
                if (p < 0) {
                    break;
                }
                LocalDateTime t = t0.plusMinutes(k * ctx.dice.between(1, 4));
                ctx.planner.reserve(p, t.toLocalDate(), t.toLocalDate());
                ctx.planner.at(p, t, pt -> {
                    Encounter e;
                    if (clinic) {
                        Staff doc = anyDoctor(f, d);
                        e = ctx.care.open(pt, f, MedType.GENERAL_OUTPATIENT, t, t.plusMinutes(2), World.GENERAL, doc,
                                "M54.500", ctx.dice);
                        evenServices(ctx, e, t, target);
                    } else {
                        e = ctx.care.open(pt, f, MedType.PHARMACY_PURCHASE, t, t, null, ctx.w.pharmacistAt(f, t),
                                "I10.x00", ctx.dice);
                        evenDrug(ctx, e, t, target);
                    }
                    e.terminal = terminal;
                    e.cert = ctx.dice.chance(0.8) ? CertType.SOCIAL_SECURITY_CARD : CertType.E_VOUCHER;
                    Encounter.Written wr = e.write();
                    ctx.out().label(Category.CARD_HARVEST, SubjectType.VISIT, wr.visitId(), wr.fundPay());
                });
            }
        }
        openingRush(ctx, pharmacies);
        vaccination(ctx, clinics);
    }

    private static Staff anyDoctor(Facility f, LocalDate d) {
        for (String dept : f.depts) {
            for (Staff s : f.doctors(dept)) {
                if (s.at(f) != null && s.at(f).worksOn(d) && s.registrations.size() == 1) {
                    return s;
                }
            }
        }
        return f.doctors(f.depts.get(0)).get(0);
    }

    /**
     * Drug lines adding up to exactly the target: whole packs at list price, each line within
     * max_days_supply, and a last single pack whose price the till sets to make up the even sum.
     */
    private static void evenDrug(InjectionContext ctx, Encounter e, LocalDateTime t, long target) {
        long left = target;
        int first = ctx.dice.nextInt(DRUGS.length);
        for (int k = 0; k < DRUGS.length && left > 0; k++) {
            Item item = ctx.w.catalogue.item(DRUGS[(first + k) % DRUGS.length]);
            long list = ctx.w.priceAt(e.facility, item);
            long n = Math.min(item.maxPacks() - 1L, (left - 1) / list);
            if (n >= 1) {
                e.add(item, t, Quantity.of(n), list, e.attending);
                left -= n * list;
            }
            if (left > 0 && left <= list * 3 / 2) {
                e.add(item, t, Quantity.ONE, left, e.attending);
                left = 0;
            }
        }
        if (left > 0) {
            Item item = ctx.w.catalogue.item("LIUWEI");
            e.add(item, t, Quantity.ONE, left, e.attending);
        }
    }

    private static void evenServices(InjectionContext ctx, Encounter e, LocalDateTime t, long target) {
        Item acu = ctx.w.catalogue.item("PHYSIO");
        long price = ctx.w.priceAt(e.facility, acu);
        Item consult = ctx.w.catalogue.item("CONSULT_GEN");
        long cp = ctx.w.priceAt(e.facility, consult);
        e.units(consult, t, 1);
        long rest = target - cp;
        int n = (int) Math.max(1, rest / price);
        e.add(acu, t, Quantity.of(Math.min(n, 2)), price, e.attending);
        long left = rest - Math.min(n, 2) * price;
        if (left > 0) {
            // herbal pieces have no cap: the grams and the gram price are set so the bill is exactly even
            Item herb = ctx.w.catalogue.item("HUANGQI");
            long hp = ctx.w.priceAt(e.facility, herb);
            long grams = Math.max(1, left / hp);
            while (left % grams != 0) {
                grams++;
            }
            e.add(herb, t, Quantity.of(grams), left / grams, e.attending);
        }
    }

    /** Many different customers in the first forty minutes of a busy pharmacy's day: real, varied purchases. */
    private void openingRush(InjectionContext ctx, List<Facility> pharmacies) {
        Facility f = ctx.dice.pick(pharmacies);
        LocalDate d = ctx.day(ctx.randomDay(0, ctx.w.days - 1));
        int n = ctx.dice.between(10, 14);
        for (int k = 0; k < n; k++) {
            int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 18);
            if (p < 0) {
                return;
            }
            LocalDateTime t = d.atTime(8, Math.min(59, k * 3 + ctx.dice.nextInt(3)));
            ctx.planner.reserve(p, d, d);
            ctx.planner.at(p, t, pt -> {
                Encounter e = ctx.care.chronicDiags(pt.index).isEmpty() ? ctx.care.otc(pt, f, t, ctx.dice)
                        : ctx.care.refill(pt, f, t, ctx.dice);
                e.terminal = f.terminals[0];
                ctx.clean(e);
                Encounter.Written wr = e.write();
                ctx.out().hardNegative(Category.CARD_HARVEST, SubjectType.VISIT, wr.visitId(),
                        "busy pharmacy at opening time");
            });
        }
    }

    /** A vaccination morning at a community clinic: many children, identical small self-paid bills. */
    private void vaccination(InjectionContext ctx, List<Facility> clinics) {
        Facility f = ctx.dice.pick(clinics);
        LocalDate d = ctx.day(ctx.randomDay(0, ctx.w.days - 1));
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.plusDays(1);
        }
        LocalDate day = d;
        int n = ctx.dice.between(12, 20);
        for (int k = 0; k < n; k++) {
            int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) <= 6);
            if (p < 0) {
                return;
            }
            LocalDateTime t = day.atTime(8 + k / 8, (k % 8) * 7 + ctx.dice.nextInt(5));
            ctx.planner.reserve(p, day, day);
            ctx.planner.at(p, t, pt -> {
                Staff doc = anyDoctor(f, day);
                Encounter e = ctx.care.open(pt, f, MedType.GENERAL_OUTPATIENT, t, t.plusMinutes(10),
                        f.hasDept(World.PREVENTIVE) ? World.PREVENTIVE : World.GENERAL, doc, "Z27.800", ctx.dice);
                e.units(ctx.w.catalogue.item("CONSULT_CHILD"), t, 1);
                e.units(ctx.w.catalogue.item("VACC_INJ"), t.plusMinutes(5), 1);
                e.terminal = f.terminals[0];
                ctx.clean(e);
                Encounter.Written wr = e.write();
                ctx.out().hardNegative(Category.CARD_HARVEST, SubjectType.VISIT, wr.visitId(), "clinic vaccination day");
            });
        }
    }
}
