package org.fundguard.synth;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.fundguard.core.HospitalLevel;

/** What an injection works with: the region, ordinary care, the planner, and its own random stream. */
public final class InjectionContext {
    public final World w;
    public final CarePaths care;
    public final Planner planner;
    public final Dice dice;

    InjectionContext(World w, CarePaths care, Planner planner, Dice dice) {
        this.w = w;
        this.care = care;
        this.planner = planner;
        this.dice = dice;
    }

    /** Instances for a region of this size: {@code per20k} at 20,000 persons, never fewer than {@code min}. */
    public int count(int min, double per20k) {
        return Math.max(min, (int) Math.round(w.pop.size / 20_000.0 * per20k));
    }

    /**
     * Institutions for an institution-level category: {@code per20k} at 20,000 persons, growing with
     * the square root of the region (a city has a few dozen such institutions, not thousands).
     */
    public int institutions(int min, double per20k) {
        return Math.max(min, (int) Math.round(per20k * Math.sqrt(w.pop.size / 20_000.0)));
    }

    public Output out() {
        return w.out;
    }

    /** An untaken person passing the test (then taken by this injection), or -1. */
    public int person(IntPredicate test) {
        return planner.take(dice, test);
    }

    public boolean alive(int p) {
        return w.pop.death(p) == null;
    }

    public int age(int p) {
        return w.pop.age(p, w.start);
    }

    public LocalDate day(int i) {
        return w.start.plusDays(i);
    }

    public int dayIndex(LocalDate d) {
        return w.ledger.day(d);
    }

    /** A day index in [from, to), clamped to the window. */
    public int randomDay(int from, int to) {
        int a = Math.max(0, from);
        int b = Math.min(w.days, to);
        return a + dice.nextInt(Math.max(1, b - a));
    }

    /** A doctor working there that day (ordinary load cap respected), counted in the day's load. */
    public Staff doctor(Facility f, String dept, LocalDate day) {
        String dp = CarePaths.deptAt(f, dept);
        Staff s = w.doctorOn(f, dp, day, dice.nextInt(1000));
        if (s == null) {
            for (Staff o : f.doctors(dp)) {
                Staff.Registration r = o.at(f);
                if (r != null && r.listed && r.worksOn(day)) {
                    s = o;
                    break;
                }
            }
        }
        if (s != null) {
            w.ledger.seen(s, w.ledger.day(day));
        }
        return s;
    }

    public Staff attending(Facility f, String dept, LocalDate from, LocalDate to) {
        return w.attendingFor(f, CarePaths.deptAt(f, dept), from, to, dice.nextInt(1000));
    }

    /** Applies the ordinary-care guard to the lines drawn so far (the injected line is added after). */
    public void clean(Encounter e) {
        w.sanitizer.clean(e);
    }

    /** Takes beds for a stay if the institution has room (keeps a spare bed), else false. */
    public boolean beds(Facility f, LocalDate admit, int nights) {
        int a = w.ledger.day(admit);
        if (!w.ledger.bedsFree(f, a, a + nights, 1)) {
            return false;
        }
        w.ledger.occupy(f, a, a + nights);
        return true;
    }

    /** Institutions of the region no other injection changed, matching the test. */
    public List<Facility> ordinary(List<Facility> from, Predicate<Facility> test) {
        List<Facility> l = new ArrayList<>();
        for (Facility f : from) {
            if (f.behaviour == null && test.test(f)) {
                l.add(f);
            }
        }
        return l;
    }

    /** Hospitals (with beds, in the home city) no injection changed. */
    public List<Facility> hospitals(HospitalLevel maxLevel) {
        List<Facility> l = new ArrayList<>();
        for (Facility f : w.facilities) {
            if (f.behaviour == null && f.beds > 0 && !f.isRemote() && Limits.rank(f.level) <= Limits.rank(maxLevel)
                    && Limits.rank(f.level) >= 1) {
                l.add(f);
            }
        }
        return l;
    }

    public LocalDateTime clinicTime(LocalDate day) {
        return CarePaths.clinicTime(day, dice);
    }

    /** Schedules an ordinary-looking stay for person p: beds and days reserved, attending found at write time. */
    public boolean planStay(int p, Facility f, Pathway path, LocalDateTime admit, int nights, List<String> other,
            java.util.function.BiConsumer<Patient, Encounter> adjust,
            java.util.function.BiConsumer<Patient, Encounter.Written> after) {
        LocalDate a = admit.toLocalDate();
        if (w.ledger.day(a) < 0 || w.ledger.day(a) + nights >= w.days) {
            return false;
        }
        if (!beds(f, a, nights)) {
            return false;
        }
        planner.reserve(p, a.minusDays(1), a.plusDays(nights + 1));
        Dice d = dice.split();
        planner.at(p, admit, pt -> {
            Staff doc = w.attendingFor(f, CarePaths.deptAt(f, path.dept), a, a.plusDays(nights), d.nextInt(1000));
            if (doc == null) {
                return;
            }
            Encounter e = care.stay(pt, f, path, admit, nights, doc, other, d);
            w.sanitizer.clean(e);
            if (adjust != null) {
                adjust.accept(pt, e);
            }
            Encounter.Written wr = e.write();
            if (after != null) {
                after.accept(pt, wr);
            }
        });
        return true;
    }
}
