package org.fundguard.synth.inject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Behaviour;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Ledger;
import org.fundguard.synth.Output;
import org.fundguard.synth.Pathway;
import org.fundguard.synth.Population;
import org.fundguard.synth.Staff;
import org.fundguard.synth.World;

/**
 * 超诊疗能力收费: a dialysis centre billing more sessions than its machines can run in three shifts
 * (假透析: patients who come twice a week billed three times, plus patients who never come); a small
 * hospital with more inpatients than beds. Labelled: the institution; fund_loss = fund payment of
 * the sessions and bed-days over capacity. Hard negative: a small hospital full in winter, near
 * but never above its beds.
 */
final class CapacityExceeded implements Injection {
    @Override
    public Category category() {
        return Category.CAPACITY_EXCEEDED;
    }

    @Override
    public void plan(InjectionContext ctx) {
        List<Facility> centres = ctx.ordinary(ctx.w.dialysisCentres, f -> true);
        int n = ctx.institutions(2, 2);
        int made = 0;
        if (!centres.isEmpty()) {
            dialysis(ctx, centres.get(0));
            made++;
        }
        List<Facility> small = ctx.ordinary(ctx.w.privates, f -> f.level == HospitalLevel.LEVEL_1);
        for (int k = 0; made < n && k < small.size(); k++, made++) {
            beds(ctx, small.get(k));
        }
        if (small.size() > 2) {
            seasonal(ctx, small.get(small.size() - 1));
        }
    }

    /** Extra fake patients on the centre's books, three sessions a week each, past machines × shifts. */
    private void dialysis(InjectionContext ctx, Facility f) {
        Capacity cap = new Capacity(f, ctx, true);
        f.behaviour = cap;
        int capacity = f.machines * Ledger.SHIFTS;
        int busiest = 0;
        for (int d = 0; d < ctx.w.days; d++) {
            busiest = Math.max(busiest, ctx.w.ledger.sessions(f, d));
        }
        // enough fake patients (half on each weekly pattern) to pass three shifts by a quarter
        int extra = 2 * Math.max(2, capacity + Math.max(2, capacity / 4) - busiest);
        for (int k = 0; k < extra; k++) {
            int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 40 && ctx.age(q) <= 80 && !ctx.w.pop.inCareHome(q)
                    && !ctx.w.pop.has(q, Population.DIALYSIS) && !ctx.w.pop.has(q, Population.CANCER));
            if (p < 0) {
                return;
            }
            ctx.w.pop.addCondition(p, Population.DIALYSIS);
            ctx.planner.onlyPlanned(p);
            int startDay = ctx.randomDay(0, 20);
            for (int day = startDay; day < ctx.w.days; day++) {
                LocalDate d = ctx.day(day);
                if (!World.dialysisDay(p, d)) {
                    continue;
                }
                ctx.w.ledger.session(f, day);
                int shift = ctx.dice.nextInt(Ledger.SHIFTS);
                ctx.planner.at(p, d.atTime(7 + shift * 5, 0), pt -> {
                    Staff doc = ctx.doctor(f, World.NEPHRO, d);
                    if (doc == null) {
                        return;
                    }
                    Encounter e = ctx.care.dialysis(pt, f, d, doc, shift, ctx.dice);
                    ctx.clean(e);
                    e.write();
                    cap.count(e);
                });
            }
        }
    }

    /** A small private hospital filling more beds than it has for weeks on end. */
    private void beds(InjectionContext ctx, Facility f) {
        Capacity cap = new Capacity(f, ctx, false);
        f.behaviour = cap;
        int from = ctx.randomDay(10, ctx.w.days - 50);
        int target = f.beds + Math.max(3, f.beds / 4);
        int[] occupied = new int[ctx.w.days];
        for (int d = 0; d < ctx.w.days; d++) {
            occupied[d] = ctx.w.ledger.bedsUsed(f, d);
        }
        java.util.Set<Integer> villages = new java.util.HashSet<>();
        for (int k = 0; k < target * 3; k++) {
            // patients from all over (not a village cluster: that would be another category's signal)
            int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 45 && !ctx.w.pop.inCareHome(q)
                    && !ctx.w.pop.has(q, Population.DIALYSIS) && !villages.contains(ctx.w.pop.village(q)));
            if (p < 0) {
                return;
            }
            int nights = ctx.dice.between(8, 14);
            int day = from + ctx.dice.nextInt(28);
            if (day + nights >= ctx.w.days) {
                continue;
            }
            boolean needed = false;
            for (int d = day; d < day + nights; d++) {
                needed |= occupied[d] < target;
            }
            if (!needed) {
                continue;
            }
            villages.add(ctx.w.pop.village(p));
            if (villages.size() >= ctx.w.geo.villages() - 2) {
                villages.clear();
            }
            for (int d = day; d < day + nights; d++) {
                occupied[d]++;
            }
            ctx.w.ledger.occupy(f, day, day + nights);
            LocalDateTime admit = ctx.day(day).atTime(ctx.dice.between(8, 18), ctx.dice.nextInt(60));
            ctx.planner.reserve(p, admit.toLocalDate().minusDays(31), admit.toLocalDate().plusDays(nights + 31));
            Pathway path = ctx.dice.pick(new Pathway[] {Pathway.PNEUMONIA, Pathway.COPD, Pathway.HEART_FAILURE,
                Pathway.FLU_PNEUMONIA});
            ctx.planner.at(p, admit, pt -> {
                LocalDate a = admit.toLocalDate();
                Staff doc = ctx.w.attendingFor(f, World.INTERNAL, a, a.plusDays(nights), pt.index);
                if (doc == null) {
                    return;
                }
                Encounter e = ctx.care.stay(pt, f, path, admit, nights, doc, ctx.care.chronicDiags(pt.index), ctx.dice);
                ctx.clean(e);
                e.write();
                cap.count(e);
            });
        }
    }

    /** Winter at a small hospital: occupancy climbs to its beds and stops there. */
    private void seasonal(InjectionContext ctx, Facility f) {
        // keep every other injection off this hospital: it is a hard negative as it stands
        f.behaviour = new Behaviour() {
        };
        int from = ctx.randomDay(5, Math.min(ctx.w.days - 40, 60));
        int placed = 0;
        java.util.Set<Integer> villages = new java.util.HashSet<>();
        for (int k = 0; k < f.beds * 4; k++) {
            int p = ctx.person(q -> ctx.alive(q) && ctx.age(q) >= 50 && !ctx.w.pop.inCareHome(q)
                    && !villages.contains(ctx.w.pop.village(q)));
            if (p < 0) {
                break;
            }
            int nights = ctx.dice.between(7, 12);
            int day = from + ctx.dice.nextInt(25);
            LocalDate a = ctx.day(day);
            if (day + nights >= ctx.w.days || !ctx.w.ledger.bedsFree(f, day, day + nights, 0)) {
                continue;
            }
            villages.add(ctx.w.pop.village(p));
            if (villages.size() >= ctx.w.geo.villages() - 2) {
                villages.clear();
            }
            ctx.planner.reserve(p, a.minusDays(31), a.plusDays(nights + 31));
            ctx.w.ledger.occupy(f, day, day + nights);
            Pathway path = ctx.dice.pick(new Pathway[] {Pathway.PNEUMONIA, Pathway.COPD, Pathway.FLU_PNEUMONIA,
                Pathway.HEART_FAILURE});
            LocalDateTime admit = a.atTime(ctx.dice.between(8, 18), ctx.dice.nextInt(60));
            ctx.planner.at(p, admit, pt -> {
                Staff doc = ctx.w.attendingFor(f, World.INTERNAL, a, a.plusDays(nights), pt.index);
                if (doc == null) {
                    return;
                }
                Encounter e = ctx.care.stay(pt, f, path, admit, nights, doc, ctx.care.chronicDiags(pt.index), ctx.dice);
                ctx.clean(e);
                e.write();
            });
            placed++;
        }
        if (placed > 0) {
            ctx.out().hardNegative(Category.CAPACITY_EXCEEDED, SubjectType.INSTITUTION, f.code,
                    "seasonal occupancy near but below capacity");
        }
    }

    private static final class Capacity implements Behaviour {
        private final Facility f;
        private final InjectionContext ctx;
        private final boolean dialysis;
        private long sessionFund;
        private long sessionCount;
        private long stayFund;
        private long bedDays;

        Capacity(Facility f, InjectionContext ctx, boolean dialysis) {
            this.f = f;
            this.ctx = ctx;
            this.dialysis = dialysis;
        }

        @Override
        public void written(Encounter e) {
            count(e);
        }

        void count(Encounter e) {
            if ("N18.500".equals(e.mainDiag) && e.type == org.fundguard.core.MedType.CHRONIC_OUTPATIENT) {
                sessionFund += e.written.fundPay();
                sessionCount++;
            } else if (e.type == org.fundguard.core.MedType.INPATIENT) {
                stayFund += e.written.fundPay();
                bedDays += Math.max(1, e.end.toLocalDate().toEpochDay() - e.begin.toLocalDate().toEpochDay());
            }
        }

        @Override
        public void finish(Output out) {
            Ledger l = ctx.w.ledger;
            long over = 0;
            long loss;
            if (dialysis) {
                int capacity = f.machines * Ledger.SHIFTS;
                for (int d = 0; d < l.days(); d++) {
                    over += Math.max(0, l.sessions(f, d) - capacity);
                }
                loss = sessionCount == 0 ? 0 : sessionFund * over / sessionCount;
            } else {
                for (int d = 0; d < l.days(); d++) {
                    over += Math.max(0, l.bedsUsed(f, d) - f.beds);
                }
                loss = bedDays == 0 ? 0 : stayFund * over / bedDays;
            }
            out.label(Category.CAPACITY_EXCEEDED, SubjectType.INSTITUTION, f.code, loss);
        }
    }
}
