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
 * 药品倒卖 (职业开药人): a person with a real indication collects a resale-risk drug (insulin, acarbose,
 * clopidogrel, entecavir) every few days from many pharmacies and doctors, each dispensing within
 * its limit, adding up to several times any plausible dose. Labelled: the person; fund_loss = the fund
 * share of the supply beyond the window's days. Hard negative: patients on a stable high dose at
 * one hospital.
 */
final class DrugResale implements Injection {
    private final List<Buyer> buyers = new ArrayList<>();
    @Override
    public Category category() {
        return Category.DRUG_RESALE;
    }

    @Override
    public void plan(InjectionContext ctx) {
        Population pop = ctx.w.pop;
        int n = ctx.count(5, 10);
        for (int k = 0; k < n; k++) {
            int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 35 && ctx.age(q) <= 75 && !pop.inCareHome(q)
                    && (pop.has(q, Population.DM) || pop.has(q, Population.CHD) || pop.has(q, Population.HBV)));
            if (p < 0) {
                return;
            }
            Item drug = drugFor(ctx, p);
            List<Facility> places = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Facility f = i % 2 == 0 ? ctx.dice.pick(ctx.w.pharmacies) : i == 1 ? ctx.w.level1For(p)
                        : i == 3 ? ctx.w.level2For(p) : ctx.dice.pick(ctx.w.clinics);
                if (f.behaviour == null && !places.contains(f)) {
                    places.add(f);
                }
            }
            Buyer buyer = new Buyer();
            buyers.add(buyer);
            int visits = (int) Math.round(ctx.w.months * ctx.dice.between(5, 8));
            List<Integer> days = new ArrayList<>();
            for (int v = 0; v < visits; v++) {
                int day = ctx.randomDay(0, ctx.w.days - 1);
                if (!days.contains(day)) {
                    days.add(day);
                }
            }
            days.sort(null);
            int total = days.size();
            for (int v = 0; v < total; v++) {
                LocalDate d = ctx.day(days.get(v));
                Facility f = places.get(v % places.size());
                ctx.planner.reserve(p, d, d);
                LocalDateTime t = f.isPharmacy() ? d.atTime(ctx.dice.between(8, 20), ctx.dice.nextInt(60)) : ctx.clinicTime(d);
                ctx.planner.at(p, t, pt -> {
                    Encounter e;
                    List<String> diags = ctx.care.chronicDiags(pt.index);
                    if (f.isPharmacy()) {
                        e = ctx.care.open(pt, f, MedType.PHARMACY_PURCHASE, t, t, null, ctx.w.pharmacistAt(f, t),
                                diags.get(0), ctx.dice);
                    } else {
                        Staff doc = ctx.doctor(f, World.INTERNAL, d);
                        if (doc == null) {
                            return;
                        }
                        e = ctx.care.open(pt, f, MedType.CHRONIC_OUTPATIENT, t, t.plusMinutes(8),
                                CarePaths.deptAt(f, World.INTERNAL), doc, diags.get(0), ctx.dice);
                        e.units(ctx.w.catalogue.item("CONSULT_GEN"), t, 1);
                    }
                    e.otherDiags.addAll(diags.subList(1, diags.size()));
                    int packs = Math.min(drug.maxPacks(), Math.max(2, CarePaths.packsFor(drug, 60)));
                    Encounter.Line l = e.units(drug, t.plusMinutes(3), packs);
                    e.write();
                    buyer.psnNo = pt.psnNo();
                    buyer.fund += l.fund();
                    buyer.supplyDays += drug.daysOf(l.cnt);
                });
            }
        }
        stableHighDose(ctx);
    }

    /**
     * Labelled once every row is written: a visit planned last may not take place (no doctor on duty
     * that day), and the person is a professional buyer all the same.
     */
    @Override
    public void finish(InjectionContext ctx) {
        for (Buyer b : buyers) {
            if (b.psnNo != null) {
                long excessDays = Math.max(0, b.supplyDays - ctx.w.days);
                long loss = b.supplyDays == 0 ? 0 : b.fund * excessDays / b.supplyDays;
                ctx.out().label(Category.DRUG_RESALE, SubjectType.PERSON, b.psnNo, loss);
            }
        }
    }

    /** What one professional buyer collected. */
    private static final class Buyer {
        String psnNo;
        long fund;
        long supplyDays;
    }

    private static Item drugFor(InjectionContext ctx, int p) {
        Population pop = ctx.w.pop;
        if (pop.has(p, Population.DM)) {
            return ctx.w.catalogue.item(ctx.dice.chance(0.5) ? "GLARGINE" : "ACARBOSE");
        }
        if (pop.has(p, Population.CHD)) {
            return ctx.w.catalogue.item("CLOPIDOGREL");
        }
        return ctx.w.catalogue.item("ENTECAVIR");
    }

    /** Diabetics on high-dose insulin, collected monthly at one hospital from one doctor. */
    private void stableHighDose(InjectionContext ctx) {
        Population pop = ctx.w.pop;
        int n = ctx.count(3, 5);
        Item insulin = ctx.w.catalogue.item("GLARGINE");
        for (int k = 0; k < n; k++) {
            int p = ctx.person(q -> ctx.alive(q) && pop.has(q, Population.DM) && ctx.age(q) >= 40 && !pop.inCareHome(q));
            if (p < 0) {
                return;
            }
            List<Facility> hospitals = ctx.hospitals(org.fundguard.core.HospitalLevel.LEVEL_3);
            hospitals.removeIf(h -> h.level == org.fundguard.core.HospitalLevel.LEVEL_1);
            Facility f = hospitals.get(Math.floorMod(p, hospitals.size()));
            int dayOfMonth = ctx.dice.between(0, 20);
            boolean[] listed = new boolean[1];
            for (int m = 0; m < ctx.w.months; m++) {
                LocalDate d = ctx.w.start.plusMonths(m).plusDays(dayOfMonth);
                ctx.planner.reserve(p, d, d);
                LocalDateTime t = ctx.clinicTime(d);
                ctx.planner.at(p, t, pt -> {
                    Staff doc = ctx.w.doctorOn(f, World.INTERNAL, d, pt.index);
                    if (doc == null) {
                        return;
                    }
                    ctx.w.ledger.seen(doc, ctx.w.ledger.day(d));
                    Encounter e = ctx.care.chronicVisit(pt, f, d, doc, 30, ctx.dice);
                    ctx.clean(e);
                    e.lines.removeIf(l -> l.item == insulin);
                    e.units(insulin, t.plusMinutes(10), insulin.maxPacks());
                    e.write();
                    if (!listed[0]) {
                        listed[0] = true;
                        ctx.out().hardNegative(Category.DRUG_RESALE, SubjectType.PERSON, pt.psnNo(),
                                "stable high-dose treatment at one institution");
                    }
                });
            }
        }
    }
}
