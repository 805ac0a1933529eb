package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.MedType;
import org.fundguard.core.Quantity;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Item;
import org.fundguard.synth.Population;

/**
 * 回流药: a box sold (and settled) once comes back through a reseller and is sold and settled again
 * under the same 药品追溯码, at the same or another pharmacy. Labelled: the later sale's line, its fund
 * share. Hard negative: a sale refunded (the code comes back on the refund line) and re-sold.
 */
final class TraceCodeReuse implements Injection {
    private static final String[] DRUGS = {"GLARGINE", "CLOPIDOGREL", "ATORVASTATIN", "AMLODIPINE", "DAPAGLIFLOZIN",
        "ENTECAVIR"};

    @Override
    public Category category() {
        return Category.TRACE_CODE_REUSE;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int n = ctx.count(6, 12);
        for (int k = 0, made = 0; made < n && k < n * 6; k++) {
            if (pair(ctx, false)) {
                made++;
            }
        }
        int hn = ctx.count(3, 5);
        for (int k = 0, made = 0; made < hn && k < hn * 6; k++) {
            if (pair(ctx, true)) {
                made++;
            }
        }
    }

    private boolean pair(InjectionContext ctx, boolean refunded) {
        Population pop = ctx.w.pop;
        Item drug = ctx.w.catalogue.item(ctx.dice.pick(DRUGS));
        int a = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 30 && qualifies(ctx, q, drug));
        int b = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 30 && qualifies(ctx, q, drug));
        if (a < 0 || b < 0) {
            return false;
        }
        int packs = ctx.dice.between(2, 3);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < packs; i++) {
            codes.add(ctx.w.ledger.nextTraceCode(drug));
        }
        int reused = ctx.dice.nextInt(packs);
        Facility fa = ctx.w.pharmacyFor(a, 0);
        Facility fb = ctx.dice.chance(0.5) ? fa : ctx.w.pharmacyFor(b, 1);
        if (fa.behaviour != null || fb.behaviour != null) {
            return false;
        }
        int dayA = ctx.randomDay(0, ctx.w.days - 40);
        int dayB = dayA + ctx.dice.between(3, 35);
        LocalDate da = ctx.day(dayA);
        LocalDate db = ctx.day(dayB);
        LocalDateTime ta = da.atTime(ctx.dice.between(8, 19), ctx.dice.nextInt(60));
        LocalDateTime tb = db.atTime(ctx.dice.between(8, 20), ctx.dice.nextInt(60));
        ctx.planner.reserve(a, da, da);
        ctx.planner.reserve(b, db, db);
        ctx.planner.at(a, ta, pt -> {
            Encounter e = sale(ctx, pt, fa, ta, drug);
            Encounter.Line l = e.add(drug, ta, Quantity.of(packs), ctx.w.priceAt(fa, drug), e.attending);
            l.traceCodes = codes;
            if (refunded) {
                // the customer returns one box before leaving the counter: the refund line carries its code
                Encounter.Line r = e.add(drug, ta.plusMinutes(6), -Quantity.ONE, l.price, e.attending);
                r.traceCodes = List.of(codes.get(reused));
            }
            e.write();
        });
        ctx.planner.at(b, tb, pt -> {
            Encounter e = sale(ctx, pt, fb, tb, drug);
            List<String> codesB = new ArrayList<>();
            codesB.add(codes.get(reused));
            int more = ctx.dice.nextInt(2);
            for (int i = 0; i < more; i++) {
                codesB.add(ctx.w.ledger.nextTraceCode(drug));
            }
            Encounter.Line l = e.add(drug, tb, Quantity.of(codesB.size()), ctx.w.priceAt(fb, drug), e.attending);
            l.traceCodes = codesB;
            e.write();
            if (refunded) {
                ctx.out().hardNegative(Category.TRACE_CODE_REUSE, SubjectType.FEE_DETAIL, l.id(),
                        "refunded box re-sold after the refund");
            } else {
                ctx.out().label(Category.TRACE_CODE_REUSE, SubjectType.FEE_DETAIL, l.id(), l.fund());
            }
        });
        return true;
    }

    private static Encounter sale(InjectionContext ctx, org.fundguard.synth.Patient pt, Facility f, LocalDateTime t,
            Item drug) {
        List<String> diags = ctx.care.chronicDiags(pt.index);
        String main = diags.isEmpty() ? "I10.x00" : diags.get(0);
        Encounter e = ctx.care.open(pt, f, MedType.PHARMACY_PURCHASE, t, t, null, ctx.w.pharmacistAt(f, t), main, ctx.dice);
        if (!diags.isEmpty()) {
            e.otherDiags.addAll(diags.subList(1, diags.size()));
        }
        return e;
    }

    private static boolean qualifies(InjectionContext ctx, int q, Item drug) {
        List<String> prefixes = drug.spec.limitDiagPrefixes();
        if (prefixes.isEmpty()) {
            return true;
        }
        for (String d : ctx.care.chronicDiags(q)) {
            for (String p : prefixes) {
                if (d.startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }
}
