package org.fundguard.synth.inject;

import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.Quantity;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Item;

/**
 * 超量开药: one dispensing above max_days_supply (a year of antihypertensives, two weeks of
 * antibiotics), or one line above max_units_day. Labelled: the line; fund_loss = the line's fund share
 * × excess / cnt. Hard negative: chronic long prescriptions within max_days_supply (ordinary care).
 */
final class OverQuantity implements Injection {
    @Override
    public Category category() {
        return Category.OVER_QUANTITY;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int n = ctx.count(6, 12);
        for (int k = 0, made = 0; made < n && k < n * 8; k++) {
            boolean ok = switch (made % 3) {
                case 0 -> chronicSupply(ctx);
                case 1 -> acuteSupply(ctx);
                default -> unitsPerDay(ctx);
            };
            if (ok) {
                made++;
            }
        }
    }

    private boolean chronicSupply(InjectionContext ctx) {
        int p = ctx.person(q -> ctx.alive(q) && !ctx.care.regularDrugs(q).isEmpty());
        if (p < 0) {
            return false;
        }
        Item drug = ctx.dice.pick(ctx.care.regularDrugs(p));
        int allowed = drug.maxPacks();
        if (allowed == Integer.MAX_VALUE) {
            return false;
        }
        int packs = allowed + ctx.dice.between(Math.max(1, allowed / 3), allowed * 2);
        boolean pharmacy = ctx.dice.chance(0.4);
        Facility f = pharmacy ? ctx.w.pharmacyFor(p, 0) : Hosts.outpatientFacility(ctx, p);
        if (f.behaviour != null) {
            return false;
        }
        int day = ctx.randomDay(0, ctx.w.days - 1);
        java.util.function.BiConsumer<org.fundguard.synth.Patient, Encounter> adjust = (pt, e) -> {
            e.lines.removeIf(l -> l.item == drug);
            e.units(drug, e.begin.plusMinutes(12), packs);
        };
        java.util.function.BiConsumer<org.fundguard.synth.Patient, Encounter> after = (pt, e) -> label(ctx,
                Hosts.last(e), Quantity.of(allowed));
        return pharmacy ? Hosts.pharmacy(ctx, p, f, day, adjust, after) : Hosts.outpatient(ctx, p, f, day, true, adjust, after);
    }

    private boolean acuteSupply(InjectionContext ctx) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 18);
        if (p < 0) {
            return false;
        }
        Item drug = ctx.w.catalogue.item(ctx.dice.pick(new String[] {"AMOXICILLIN", "CEFUROXIME", "LEVOFLOX",
            "IBUPROFEN", "OMEPRAZOLE", "ESTAZOLAM"}));
        int allowed = drug.maxPacks();
        int packs = allowed + ctx.dice.between(2, 5);
        Facility f = Hosts.outpatientFacility(ctx, p);
        return Hosts.outpatient(ctx, p, f, ctx.randomDay(0, ctx.w.days - 1), false, (pt, e) -> {
            e.lines.removeIf(l -> l.item == drug);
            e.units(drug, e.begin.plusMinutes(15), packs);
        }, (pt, e) -> label(ctx, Hosts.last(e), Quantity.of(allowed)));
    }

    /** A treatment billed more times in one line than a day allows (infusions, nebulisation, oxygen hours). */
    private boolean unitsPerDay(InjectionContext ctx) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 18);
        if (p < 0) {
            return false;
        }
        Item item = ctx.w.catalogue.item(ctx.dice.pick(new String[] {"IV", "NEBUL", "IM", "PHYSIO"}));
        long max = item.spec.maxUnitsDay();
        long cnt = max + Quantity.of(ctx.dice.between(1, 4));
        Facility f = Hosts.outpatientFacility(ctx, p);
        if (item.key.equals("PHYSIO") && org.fundguard.synth.Limits.breach(item.spec, null, 40, f.level,
                org.fundguard.core.MedType.GENERAL_OUTPATIENT, "", List.of()) != null) {
            return false;
        }
        return Hosts.outpatient(ctx, p, f, ctx.randomDay(0, ctx.w.days - 1), false, (pt, e) -> {
            e.lines.removeIf(l -> l.item == item);
            e.add(item, e.begin.plusMinutes(30), cnt, ctx.w.priceAt(f, item), e.attending);
        }, (pt, e) -> label(ctx, Hosts.last(e), max));
    }

    private static void label(InjectionContext ctx, Encounter.Line l, long allowed) {
        long excess = l.fund() * (l.cnt - allowed) / l.cnt;
        ctx.out().label(Category.OVER_QUANTITY, SubjectType.FEE_DETAIL, l.id(), excess);
    }
}
