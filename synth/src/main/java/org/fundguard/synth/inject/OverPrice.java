package org.fundguard.synth.inject;

import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Item;

/**
 * 超标准收费: a capped item billed above the cap for the institution's level — a plain mark-up, or a
 * lower-level institution charging the level-3 price. Labelled: the line; fund_loss = (pric − cap) ×
 * cnt, fund share. Hard negatives: lines exactly at the cap, and self-paid items with no cap at high
 * prices.
 */
final class OverPrice implements Injection {
    private static final String[] CAPPED = {"CT_HEAD", "CT_CHEST", "US_ABD", "ECHO", "XRAY", "CBC", "LIVER", "RENAL",
        "ECG", "PHYSIO", "ACUPUNCT", "CONSULT_GEN", "LIPID", "URINE"};

    @Override
    public Category category() {
        return Category.OVER_PRICE;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int n = ctx.count(6, 12);
        for (int k = 0, made = 0; made < n && k < n * 6; k++) {
            if (overCap(ctx, made % 2 == 0)) {
                made++;
            }
        }
        int hn = ctx.count(3, 6);
        for (int k = 0; k < hn; k++) {
            atCap(ctx);
            selfPaid(ctx);
        }
    }

    private boolean overCap(InjectionContext ctx, boolean levelThreePrice) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 18);
        if (p < 0) {
            return false;
        }
        Facility f = levelThreePrice ? pickLower(ctx, p) : Hosts.outpatientFacility(ctx, p);
        if (f == null) {
            return false;
        }
        Item item = ctx.w.catalogue.item(ctx.dice.pick(CAPPED));
        long cap = item.cap(f.level);
        if (cap < 0 || levelThreePrice && item.price(HospitalLevel.LEVEL_3) <= cap) {
            return false;
        }
        long price = levelThreePrice ? item.price(HospitalLevel.LEVEL_3)
                : (cap * ctx.dice.between(110, 140) / 100 + 5) / 10 * 10;
        return Hosts.outpatient(ctx, p, f, ctx.randomDay(0, ctx.w.days - 1), false, (pt, e) -> {
            e.lines.removeIf(l -> l.item == item);
            dropPartners(ctx, e, item);
            e.add(item, e.begin.plusMinutes(ctx.dice.between(5, 30)), org.fundguard.core.Quantity.ONE, price, e.attending);
        }, (pt, e) -> {
            Encounter.Line l = Hosts.last(e);
            long excess = l.fund() * (l.price - cap) / l.price;
            ctx.out().label(Category.OVER_PRICE, SubjectType.FEE_DETAIL, l.id(), excess);
        });
    }

    private static Facility pickLower(InjectionContext ctx, int p) {
        Facility f = ctx.dice.chance(0.5) ? ctx.w.level1For(p) : ctx.w.clinicFor(p);
        return f.behaviour == null ? f : null;
    }

    private void atCap(InjectionContext ctx) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 18);
        if (p < 0) {
            return;
        }
        Facility f = ctx.w.level2For(p);
        if (f.behaviour != null) {
            return;
        }
        Item item = ctx.w.catalogue.item(ctx.dice.pick(CAPPED));
        Hosts.outpatient(ctx, p, f, ctx.randomDay(0, ctx.w.days - 1), false, (pt, e) -> {
            e.lines.removeIf(l -> l.item == item);
            dropPartners(ctx, e, item);
            e.add(item, e.begin.plusMinutes(10), org.fundguard.core.Quantity.ONE, item.cap(f.level), e.attending);
        }, (pt, e) -> ctx.out().hardNegative(Category.OVER_PRICE, SubjectType.FEE_DETAIL, Hosts.last(e).id(),
                "price exactly at the cap"));
    }

    /** LASIK or a cosmetic injection at a private hospital: 丙类, no cap, any price. */
    private void selfPaid(InjectionContext ctx) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 20 && ctx.age(q) <= 50);
        java.util.List<Facility> privates = ctx.ordinary(ctx.w.privates, f -> true);
        if (p < 0 || privates.isEmpty()) {
            return;
        }
        Facility f = ctx.dice.pick(privates);
        Item item = ctx.w.catalogue.item(ctx.dice.chance(0.5) ? "LASIK" : "COSMETIC_INJ");
        long price = item.price(f.level) * ctx.dice.between(120, 250) / 100 / 100 * 100;
        Hosts.outpatient(ctx, p, f, ctx.randomDay(0, ctx.w.days - 1), false, (pt, e) -> e.add(item,
                e.begin.plusMinutes(30), org.fundguard.core.Quantity.ONE, price, e.attending),
                (pt, e) -> ctx.out().hardNegative(Category.OVER_PRICE, SubjectType.FEE_DETAIL, Hosts.last(e).id(),
                        "self-paid item with no cap"));
    }

    /**
     * Removes the lines that would pair with the item under an item rule (its package, component or
     * exclusive partner), so the line is an instance of 超标准收费 only and not also an unlabelled
     * 重复收费 or 分解收费 (labelling.md).
     */
    private static void dropPartners(InjectionContext ctx, Encounter e, Item item) {
        for (org.fundguard.core.ItemRule r : ctx.w.catalogue.rules()) {
            String other = r.codeA().equals(item.code()) ? r.codeB() : r.codeB().equals(item.code()) ? r.codeA() : null;
            if (other != null) {
                e.lines.removeIf(l -> l.item.code().equals(other));
            }
        }
    }
}
