package org.fundguard.synth.inject;

import java.time.LocalDateTime;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Quantity;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Item;
import org.fundguard.synth.Pathway;

/**
 * 重复收费: an item charged again for the same person and day beyond its max_units_day, or the
 * second item of an EXCLUSIVE pair charged beside the first. Labelled: the later line (for a pair,
 * the code_b line), its fund share. Hard negatives: bedside glucose twice a day (ordinary care) and
 * refund-and-recharge pairs (here).
 */
final class DuplicateCharge implements Injection {
    private static final String[] ONCE_A_DAY = {"CT_CHEST", "CT_HEAD", "XRAY", "US_ABD", "ECHO", "LIPID", "LIVER",
        "RENAL", "COAG"};

    @Override
    public Category category() {
        return Category.DUPLICATE_CHARGE;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int n = ctx.count(6, 12);
        for (int k = 0, made = 0; made < n && k < n * 6; k++) {
            int variant = made % 4;
            if (variant == 3 ? exclusiveNursing(ctx) : variant == 2 ? consultPair(ctx) : sameItem(ctx)) {
                made++;
            }
        }
        int refunds = ctx.count(3, 5);
        for (int k = 0; k < refunds; k++) {
            refundAndRecharge(ctx);
        }
    }

    /** The same once-a-day examination twice in one visit. */
    private boolean sameItem(InjectionContext ctx) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 18);
        if (p < 0) {
            return false;
        }
        Facility f = ctx.w.level2For(p).behaviour == null ? ctx.w.level2For(p) : ctx.w.level3For(p, 0);
        Item item = ctx.w.catalogue.item(ctx.dice.pick(ONCE_A_DAY));
        int day = ctx.randomDay(0, ctx.w.days - 1);
        return Hosts.outpatient(ctx, p, f, day, false, (pt, e) -> {
            LocalDateTime t = e.begin.plusMinutes(25);
            if (!e.has(item)) {
                e.units(item, t, 1);
            }
            e.units(item, t.plusMinutes(ctx.dice.between(30, 120)), 1);
        }, (pt, e) -> label(ctx, Hosts.last(e)));
    }

    /** 普通门诊诊察费 and 副主任医师诊察费 in one visit (EXCLUSIVE, VISIT scope). */
    private boolean consultPair(InjectionContext ctx) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 15);
        if (p < 0) {
            return false;
        }
        Facility f = ctx.w.level3For(p, ctx.dice.nextInt(2));
        if (f.behaviour != null) {
            return false;
        }
        Item gen = ctx.w.catalogue.item("CONSULT_GEN");
        Item expert = ctx.w.catalogue.item("CONSULT_EXPERT");
        return Hosts.outpatient(ctx, p, f, ctx.randomDay(0, ctx.w.days - 1), false, (pt, e) -> {
            e.lines.removeIf(l -> l.item == gen || l.item == expert);
            e.units(gen, e.begin, 1);
            e.units(expert, e.begin.plusMinutes(ctx.dice.between(0, 5)), 1);
        }, (pt, e) -> label(ctx, Hosts.last(e)));
    }

    /** 一级护理 and 二级护理 on the same inpatient day (EXCLUSIVE, DAY scope). */
    private boolean exclusiveNursing(InjectionContext ctx) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 50);
        if (p < 0) {
            return false;
        }
        List<Facility> hs = ctx.hospitals(HospitalLevel.LEVEL_3);
        Facility f = ctx.dice.pick(hs);
        Pathway path = Pathway.PNEUMONIA;
        int nights = ctx.dice.between(6, 10);
        int day = ctx.randomDay(35, ctx.w.days - nights - 35);
        java.time.LocalDate a = ctx.day(day);
        ctx.planner.reserve(p, a.minusDays(31), a.plusDays(nights + 31));
        Item l1 = ctx.w.catalogue.item("NURS_L1");
        Item l2 = ctx.w.catalogue.item("NURS_L2");
        int dupDay = ctx.dice.between(1, nights - 1);
        Encounter.Line[] codeB = new Encounter.Line[1];
        return ctx.planStay(p, f, path, a.atTime(ctx.dice.between(8, 15), ctx.dice.nextInt(60)), nights,
                ctx.care.chronicDiags(p), (pt, e) -> {
                    java.time.LocalDate d = a.plusDays(dupDay);
                    LocalDateTime t = d.atTime(20, ctx.dice.nextInt(50));
                    boolean hadL1 = e.lines.stream().anyMatch(l -> l.item == l1 && l.time.toLocalDate().equals(d));
                    e.units(hadL1 ? l2 : l1, t, 1);
                    // the pair is (一级护理, 二级护理): the 二级护理 line of that day is the one labelled
                    codeB[0] = e.lines.stream().filter(l -> l.item == l2 && l.time.toLocalDate().equals(d))
                            .findFirst().orElse(null);
                }, (pt, wr) -> {
                    if (codeB[0] != null) {
                        ctx.out().label(Category.DUPLICATE_CHARGE, SubjectType.FEE_DETAIL, codeB[0].id(), codeB[0].fund());
                    }
                });
    }

    /** A line refunded and charged again: the net is one unit, within the limit. */
    private void refundAndRecharge(InjectionContext ctx) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 18);
        if (p < 0) {
            return;
        }
        Facility f = ctx.w.level2For(p);
        if (f.behaviour != null) {
            return;
        }
        Item item = ctx.w.catalogue.item(ctx.dice.pick(ONCE_A_DAY));
        Hosts.outpatient(ctx, p, f, ctx.randomDay(0, ctx.w.days - 1), false, (pt, e) -> {
            e.lines.removeIf(l -> l.item == item);
            LocalDateTime t = e.begin.plusMinutes(20);
            e.units(item, t, 1);
            e.add(item, t.plusMinutes(15), -Quantity.ONE, ctx.w.priceAt(f, item), e.attending);
            e.units(item, t.plusMinutes(25), 1);
        }, (pt, e) -> ctx.out().hardNegative(Category.DUPLICATE_CHARGE, SubjectType.FEE_DETAIL, Hosts.last(e).id(),
                "refund and re-charge pair"));
    }

    private static void label(InjectionContext ctx, Encounter.Line l) {
        ctx.out().label(Category.DUPLICATE_CHARGE, SubjectType.FEE_DETAIL, l.id(), l.fund());
    }
}
