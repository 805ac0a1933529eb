package org.fundguard.synth.inject;

import java.util.function.IntPredicate;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Item;
import org.fundguard.synth.Population;

/**
 * 超医保支付范围: a payable line outside a catalogue limit — sex (oestradiol for a man, a prostate scan
 * for a woman), age (children's items for adults, levofloxacin for a child), hospital level (MRI or an
 * expert consultation at a township health centre), indication (oseltamivir for a common cold,
 * acarbose for someone without diabetes), inpatient-only drugs in an outpatient visit. Labelled: the
 * line, its whole fund share. Hard negatives: the same items with a qualifying diagnosis, and
 * self-paid (丙类) items outside their limits.
 */
final class RestrictionBreach implements Injection {
    private record Case(String item, String limit, IntPredicate who, String diag, boolean lowLevel) {
    }

    @Override
    public Category category() {
        return Category.RESTRICTION_BREACH;
    }

    @Override
    public void plan(InjectionContext ctx) {
        Population pop = ctx.w.pop;
        Case[] cases = {
            new Case("ESTRADIOL", "gend", q -> pop.male(q) && ctx.age(q) >= 30, null, false),
            new Case("GYN_EXAM", "gend", q -> pop.male(q) && ctx.age(q) >= 20, null, false),
            new Case("US_PROST", "gend", q -> !pop.male(q) && ctx.age(q) >= 40, null, false),
            new Case("CONSULT_CHILD", "age", q -> ctx.age(q) >= 25, null, false),
            new Case("CHILD_COLD", "age", q -> ctx.age(q) >= 25, "J06.900", false),
            new Case("LEVOFLOX", "age", q -> ctx.age(q) >= 6 && ctx.age(q) <= 15, "N39.000", false),
            new Case("MRI_HEAD", "hosp_lv", q -> ctx.age(q) >= 40, "R51.x00", true),
            new Case("TUMORMK", "hosp_lv", q -> ctx.age(q) >= 40, null, true),
            new Case("OSELTAMIVIR", "diag", q -> ctx.age(q) >= 18, "J06.900", false),
            new Case("ACARBOSE", "diag", q -> ctx.age(q) >= 40 && !pop.has(q, Population.DM), "I10.x00", false),
            new Case("CELECOXIB", "diag", q -> ctx.age(q) >= 30, "R51.x00", false),
            new Case("IMIPENEM", "med_type", q -> ctx.age(q) >= 30, "J20.900", false)};
        int n = ctx.count(6, 12);
        for (int k = 0, made = 0; made < n && k < n * 8; k++) {
            Case c = cases[(made + k) % cases.length];
            if (inject(ctx, c, true)) {
                made++;
            }
        }
        int hn = ctx.count(3, 6);
        for (int k = 0; k < hn; k++) {
            inject(ctx, new Case("OSELTAMIVIR", "qualifying diagnosis", q -> ctx.age(q) >= 18, "J11.100", false), false);
            inject(ctx, new Case("EJIAO", "self-paid", q -> pop.male(q) && ctx.age(q) >= 30, "R53.x00", false), false);
        }
    }

    private boolean inject(InjectionContext ctx, Case c, boolean label) {
        int p = ctx.person(q -> ctx.alive(q) && !ctx.w.pop.inCareHome(q) && c.who().test(q));
        if (p < 0) {
            return false;
        }
        Item item = ctx.w.catalogue.item(c.item());
        Facility f = c.lowLevel() ? ctx.w.level1For(p) : Hosts.outpatientFacility(ctx, p);
        if (c.lowLevel() && f.behaviour != null) {
            f = ctx.w.clinicFor(p);
            if (f.behaviour != null) {
                return false;
            }
        }
        if (f.behaviour != null || !c.lowLevel() && item.spec.limitHospitalLevel() != null
                && f.level != HospitalLevel.LEVEL_3 && f.level != HospitalLevel.LEVEL_2) {
            f = ctx.w.level2For(p);
            if (f.behaviour != null) {
                return false;
            }
        }
        boolean pharmacyItem = item.key.equals("EJIAO");
        java.util.function.BiConsumer<org.fundguard.synth.Patient, Encounter> adjust = (pt, e) -> {
            if (c.diag() != null) {
                e.mainDiag = c.diag();
                e.otherDiags.clear();
                ctx.clean(e);
            }
            e.lines.removeIf(l -> l.item == item || l.item.spec.chargeCategory() == item.spec.chargeCategory()
                    && item.spec.chargeCategory() == org.fundguard.core.ChargeCategory.CONSULTATION);
            e.units(item, e.begin.plusMinutes(ctx.dice.between(10, 30)), item.isDrug() ? 1 : 1);
        };
        java.util.function.BiConsumer<org.fundguard.synth.Patient, Encounter> after = (pt, e) -> {
            Encounter.Line l = Hosts.last(e);
            if (label) {
                ctx.out().label(Category.RESTRICTION_BREACH, SubjectType.FEE_DETAIL, l.id(), l.fund());
            } else {
                ctx.out().hardNegative(Category.RESTRICTION_BREACH, SubjectType.FEE_DETAIL, l.id(), c.limit());
            }
        };
        int day = ctx.randomDay(0, ctx.w.days - 1);
        if (pharmacyItem) {
            Facility ph = ctx.w.pharmacyFor(p, 1);
            return ph.behaviour == null && Hosts.pharmacy(ctx, p, ph, day, adjust, after);
        }
        return Hosts.outpatient(ctx, p, f, day, false, adjust, after);
    }
}
