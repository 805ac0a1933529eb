package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.fundguard.core.Category;
import org.fundguard.core.CertType;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Acute;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Item;
import org.fundguard.synth.Staff;
import org.fundguard.synth.World;

/**
 * 冒名就医/购药: while the person is being seen at home (an outpatient visit or a pharmacy purchase in
 * the home city), their credential is used hundreds of kilometres away within the hour. Labelled: the
 * far visit, its fund payment. Hard negatives: household members buying with their own cards at the
 * same pharmacy minutes apart (here) and cross-region care with referral (ordinary care).
 */
final class IdentityMisuse implements Injection {
    @Override
    public Category category() {
        return Category.IDENTITY_MISUSE;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int n = ctx.count(5, 12);
        for (int k = 0, made = 0; made < n && k < n * 5; k++) {
            int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 18 && !ctx.w.pop.inCareHome(q));
            if (p < 0) {
                break;
            }
            int day = ctx.randomDay(0, ctx.w.days - 1);
            LocalDate d = ctx.day(day);
            ctx.planner.reserve(p, d, d);
            LocalDateTime home = ctx.clinicTime(d);
            boolean farPharmacy = ctx.dice.chance(0.5);
            // the two visits never bill the same item (that would also look like a duplicate charge)
            Facility local = farPharmacy && ctx.dice.chance(0.6) ? ctx.w.clinicFor(p) : ctx.w.pharmacyFor(p, 0);
            Facility far = farPharmacy ? ctx.dice.pick(ctx.w.remotePharmacies) : ctx.dice.pick(ctx.w.remote);
            LocalDateTime away = home.plusMinutes(ctx.dice.between(-40, 60));
            if (local.behaviour != null) {
                continue;
            }
            ctx.planner.at(p, home, pt -> {
                Encounter e;
                if (local.isPharmacy()) {
                    e = ctx.care.otc(pt, local, home, ctx.dice);
                } else {
                    Staff doc = ctx.doctor(local, World.GENERAL, d);
                    if (doc == null) {
                        return;
                    }
                    e = ctx.care.outpatientAt(pt, local, Acute.draw(ctx.dice, pt.age(d), pt.male()), home, doc, false,
                            ctx.dice);
                }
                ctx.clean(e);
                e.write();
            });
            ctx.planner.at(p, away, pt -> {
                Encounter e;
                if (farPharmacy) {
                    e = ctx.care.otc(pt, far, away, ctx.dice);
                    e.lines.clear();
                    Item drug = ctx.w.catalogue.item(ctx.dice.pick(new String[] {"ATORVASTATIN", "AMLODIPINE",
                        "OMEPRAZOLE", "CALCIUM", "LIUWEI"}));
                    e.mainDiag = "I10.x00";
                    e.units(drug, away, Math.min(drug.maxPacks(), ctx.dice.between(1, 3)));
                } else {
                    Staff doc = ctx.doctor(far, World.INTERNAL, d);
                    if (doc == null) {
                        return;
                    }
                    e = ctx.care.outpatientAt(pt, far, Acute.draw(ctx.dice, pt.age(d), pt.male()), away, doc, false,
                            ctx.dice);
                }
                e.cert = ctx.dice.chance(0.5) ? CertType.SOCIAL_SECURITY_CARD : CertType.E_VOUCHER;
                ctx.clean(e);
                Encounter.Written wr = e.write();
                ctx.out().label(Category.IDENTITY_MISUSE, SubjectType.VISIT, wr.visitId(), wr.fundPay());
            });
            made++;
        }
        families(ctx);
    }

    /** Household members, each with their own card, buying at the same pharmacy a few minutes apart. */
    private void families(InjectionContext ctx) {
        int n = ctx.count(3, 5);
        for (int k = 0; k < n; k++) {
            int a = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 30 && !ctx.w.pop.inCareHome(q));
            if (a < 0) {
                return;
            }
            int b = -1;
            for (int q = Math.max(0, a - 5); q < Math.min(ctx.w.pop.size, a + 6); q++) {
                if (q != a && ctx.w.pop.household(q) == ctx.w.pop.household(a) && !ctx.w.pop.isTaken(q) && ctx.alive(q)) {
                    b = q;
                    break;
                }
            }
            if (b < 0) {
                continue;
            }
            ctx.w.pop.take(b);
            Facility ph = ctx.w.pharmacyFor(a, 0);
            if (ph.behaviour != null) {
                continue;
            }
            LocalDate d = ctx.day(ctx.randomDay(0, ctx.w.days - 1));
            LocalDateTime t = d.atTime(ctx.dice.between(9, 19), ctx.dice.nextInt(50));
            for (int who : new int[] {a, b}) {
                LocalDateTime at = who == a ? t : t.plusMinutes(ctx.dice.between(1, 6));
                ctx.planner.reserve(who, d, d);
                ctx.planner.at(who, at, pt -> {
                    Encounter e = ctx.care.otc(pt, ph, at, ctx.dice);
                    ctx.clean(e);
                    Encounter.Written wr = e.write();
                    ctx.out().hardNegative(Category.IDENTITY_MISUSE, SubjectType.VISIT, wr.visitId(),
                            "family members with their own cards at the same pharmacy");
                });
            }
        }
    }
}
