package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Item;
import org.fundguard.synth.Pathway;

/**
 * 分解收费: a component (code_b of a BUNDLED rule) charged beside its package: the CRP of a blood count
 * + CRP panel, the ALT of a liver panel, the pneumoperitoneum of a laparoscopic operation, the
 * intubation of a general anaesthesia. Labelled: the component line, its fund share. Hard negative:
 * the component charged alone (CRP or ALT without the package).
 */
final class Unbundling implements Injection {
    @Override
    public Category category() {
        return Category.UNBUNDLING;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int n = ctx.count(6, 12);
        for (int k = 0, made = 0; made < n && k < n * 6; k++) {
            boolean ok = switch (made % 4) {
                case 0 -> outpatient(ctx, "CBC_CRP", ctx.dice.chance(0.5) ? "CRP" : "CBC", true);
                case 1 -> outpatient(ctx, "LIVER", "ALT", true);
                case 2 -> surgery(ctx, ctx.dice.chance(0.5));
                default -> outpatient(ctx, "CBC_CRP", "CRP", true);
            };
            if (ok) {
                made++;
            }
        }
        int alone = ctx.count(3, 6);
        for (int k = 0; k < alone; k++) {
            outpatient(ctx, null, k % 2 == 0 ? "CRP" : "ALT", false);
        }
    }

    private boolean outpatient(InjectionContext ctx, String pkgKey, String partKey, boolean label) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 15);
        if (p < 0) {
            return false;
        }
        Facility f = Hosts.outpatientFacility(ctx, p);
        Item pkg = pkgKey == null ? null : ctx.w.catalogue.item(pkgKey);
        Item part = ctx.w.catalogue.item(partKey);
        Item cbc = ctx.w.catalogue.item("CBC");
        Item crp = ctx.w.catalogue.item("CRP");
        Item panel = ctx.w.catalogue.item("CBC_CRP");
        Item liver = ctx.w.catalogue.item("LIVER");
        return Hosts.outpatient(ctx, p, f, ctx.randomDay(0, ctx.w.days - 1), false, (pt, e) -> {
            e.lines.removeIf(l -> l.item == cbc || l.item == crp || l.item == panel || l.item == liver
                    || l.item == part);
            LocalDateTime t = e.begin.plusMinutes(ctx.dice.between(10, 30));
            if (pkg != null) {
                e.units(pkg, t, 1);
            }
            e.units(part, t.plusMinutes(ctx.dice.between(0, 3)), 1);
        }, (pt, e) -> {
            if (label) {
                Encounter.Line l = Hosts.last(e);
                ctx.out().label(Category.UNBUNDLING, SubjectType.FEE_DETAIL, l.id(), l.fund());
            } else {
                ctx.out().hardNegative(Category.UNBUNDLING, SubjectType.FEE_DETAIL, Hosts.last(e).id(),
                        "component charged alone");
            }
        });
    }

    /** A laparoscopic operation billed with its pneumoperitoneum, or a general anaesthesia with its intubation. */
    private boolean surgery(InjectionContext ctx, boolean pneumoperitoneum) {
        int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 18 && ctx.age(q) <= 75);
        if (p < 0) {
            return false;
        }
        Facility f = ctx.dice.pick(ctx.hospitals(HospitalLevel.LEVEL_3).stream()
                .filter(h -> h.level != HospitalLevel.LEVEL_1 && h.hasDept(org.fundguard.synth.World.SURGERY)).toList());
        Pathway path = ctx.dice.chance(0.5) ? Pathway.APPENDICITIS : Pathway.CHOLECYSTITIS;
        int nights = ctx.dice.between(path.minNights, path.maxNights);
        int day = ctx.randomDay(35, ctx.w.days - nights - 35);
        LocalDate a = ctx.day(day);
        ctx.planner.reserve(p, a.minusDays(31), a.plusDays(nights + 31));
        Item part = ctx.w.catalogue.item(pneumoperitoneum ? "PNEUMOPER" : "INTUBATION");
        Item op = ctx.w.catalogue.item(pneumoperitoneum
                ? (path == Pathway.APPENDICITIS ? "APPENDECT" : "CHOLECYST") : "ANAES_GEN");
        Encounter.Line[] added = new Encounter.Line[1];
        return ctx.planStay(p, f, path, a.atTime(ctx.dice.between(8, 14), ctx.dice.nextInt(60)), nights,
                ctx.care.chronicDiags(p), (pt, e) -> {
                    LocalDateTime t = e.lines.stream().filter(l -> l.item == op).map(l -> l.time).findFirst()
                            .orElse(e.begin.plusHours(3));
                    added[0] = e.add(part, t.plusMinutes(5), org.fundguard.core.Quantity.ONE,
                            ctx.w.priceAt(f, part), e.attending);
                }, (pt, wr) -> ctx.out().label(Category.UNBUNDLING, SubjectType.FEE_DETAIL, added[0].id(),
                        added[0].fund()));
    }
}
