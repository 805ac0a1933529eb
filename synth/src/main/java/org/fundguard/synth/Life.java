package org.fundguard.synth;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.Person;
import org.fundguard.core.SubjectType;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;

/**
 * Ordinary care of one person over the window, scheduled then written in time order together with
 * whatever the injections planned for them. One visit per person per day at most (a stay holds all
 * its days), no stay within 30 days of the last one except chemotherapy cycles, nothing after death.
 */
final class Life {
    private static final int FREE = 0, USED = 1;
    private static final int HN_QUOTA = 25;

    private final World w;
    private final CarePaths care;
    private final Planner planner;
    private final byte[] used;
    private final List<Planner.Scheduled> plan = new ArrayList<>();

    Life(World w, CarePaths care, Planner planner) {
        this.w = w;
        this.care = care;
        this.planner = planner;
        this.used = new byte[w.days];
    }

    void live(int p) {
        Person row = w.person(p);
        w.out.write(Table.PERSONS, Rows.of(row));
        Dice d = Dice.of(w.seed, 5, p);
        long balance = w.pop.employee(p) ? 50_000 + d.nextInt(400_000) : 0;
        long credit = w.pop.employee(p) ? 8_000 + d.nextInt(15_000) : 0;
        Patient pt = new Patient(p, row, row.insuplcAdmdvs(), balance, credit);
        Arrays.fill(used, (byte) FREE);
        plan.clear();
        List<int[]> res = planner.reservedOf(p);
        if (res != null) {
            for (int[] r : res) {
                mark(r[0], r[1]);
            }
        }
        List<Planner.Scheduled> planned = planner.eventsOf(p);
        if (planned != null) {
            plan.addAll(planned);
        }
        if (planner.ordinaryCare(p)) {
            schedule(pt, d);
        }
        plan.sort(Comparator.comparing(Planner.Scheduled::start).thenComparingInt(Planner.Scheduled::order));
        for (Planner.Scheduled s : plan) {
            s.action().accept(pt);
        }
    }

    private void mark(int from, int to) {
        for (int i = Math.max(0, from); i <= Math.min(w.days - 1, to); i++) {
            used[i] = USED;
        }
    }

    private boolean free(int from, int to) {
        if (from < 0 || to >= w.days) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            if (used[i] != FREE) {
                return false;
            }
        }
        return true;
    }

    private LocalDate date(int day) {
        return w.start.plusDays(day);
    }

    private void add(LocalDateTime t, java.util.function.Consumer<Patient> a) {
        plan.add(new Planner.Scheduled(t, plan.size(), a));
    }

    // ------------------------------------------------------------------ the schedule

    private void schedule(Patient pt, Dice d) {
        int p = pt.index;
        Population pop = w.pop;
        LocalDate death = pop.death(p);
        int last = death == null ? w.days - 1 : Math.min(w.days - 1, w.ledger.day(death));
        if (last < 0) {
            return;
        }
        int age = pop.age(p, w.start);
        // the final stay of those who die in hospital ends on the day of death
        if (death != null && w.inWindow(death)) {
            boolean cancer = pop.has(p, Population.CANCER);
            if (cancer || d.chance(0.45)) {
                Pathway path = cancer ? Pathway.PALLIATIVE : d.pick(new Pathway[] {Pathway.HEART_FAILURE,
                    Pathway.PNEUMONIA, Pathway.STROKE});
                int nights = d.between(path.minNights, path.maxNights);
                stay(pt, path, last - nights, nights, true, d);
            }
        }
        if (pop.has(p, Population.DIALYSIS) && pop.dialysisCentre[p] >= 0) {
            Facility f = w.facilities.get(pop.dialysisCentre[p]);
            for (int day = 0; day <= last; day++) {
                LocalDate date = date(day);
                if (World.dialysisDay(p, date) && used[day] == FREE) {
                    used[day] = USED;
                    int shift = Math.floorMod(p / 2, Ledger.SHIFTS);
                    w.ledger.session(f, day);
                    add(date.atTime(7 + shift * 5, 0), pt2 -> emitDialysis(pt2, f, date, shift, d));
                }
            }
        }
        if (pop.has(p, Population.CANCER)) {
            String site = CarePaths.CANCER_DIAG[pop.cancerSite[p]];
            int cycle = CarePaths.cycleDays(site);
            int stop = death == null ? last : last - 25;
            for (int day = d.nextInt(cycle); day + 3 <= stop; day += cycle) {
                int nights = d.between(2, 3);
                if (free(day, day + nights)) {
                    stay(pt, Pathway.CHEMOTHERAPY, day, nights, false, d);
                }
            }
        }
        double monthlyStay = age < 15 ? 0.004 : age < 45 ? 0.005 : age < 65 ? 0.01 : age < 80 ? 0.02 : 0.03;
        int stays = d.poisson(monthlyStay * w.months);
        for (int k = 0; k < stays; k++) {
            Pathway path = acutePathway(p, age, d);
            if (path == null) {
                continue;
            }
            int nights = d.between(path.minNights, path.maxNights);
            int day = d.nextInt(Math.max(1, last + 1));
            if (day + nights <= last && free(Math.max(0, day - 30), Math.min(w.days - 1, day + nights + 30))) {
                stay(pt, path, day, nights, false, d);
            }
        }
        List<String> chronic = care.chronicDiags(p);
        if (!chronic.isEmpty()) {
            int interval = d.weighted(0.5, 0.3, 0.2) == 0 ? 30 : d.chance(0.6) ? 56 : 84;
            boolean refills = d.chance(0.5);
            Facility f = chronicFacility(p);
            for (int day = d.nextInt(interval); day <= last; day += interval) {
                int at = firstFree(day, Math.min(last, day + 6));
                if (at >= 0) {
                    used[at] = USED;
                    LocalDate date = date(at);
                    int supply = interval;
                    add(date.atTime(8, 0), pt2 -> emitChronic(pt2, f, date, supply, d));
                }
                if (refills && interval > 30) {
                    // the months between follow-ups: refill at the family's pharmacy
                    for (int m = 30; m < interval; m += 30) {
                        int r = firstFree(day + m, Math.min(last, day + m + 5));
                        if (r >= 0) {
                            used[r] = USED;
                            LocalDate date = date(r);
                            Facility ph = w.pharmacyFor(p, 0);
                            add(date.atTime(9, 0), pt2 -> emitRefill(pt2, ph, date, d));
                        }
                    }
                }
            }
        }
        double acuteRate = age < 5 ? 0.45 : age < 15 ? 0.25 : age < 45 ? 0.18 : age < 65 ? 0.25 : 0.35;
        int acute = d.poisson(acuteRate * w.months);
        for (int k = 0; k < acute; k++) {
            int day = d.nextInt(last + 1);
            if (used[day] == FREE) {
                used[day] = USED;
                LocalDate date = date(day);
                boolean emergency = d.chance(0.05);
                add(date.atTime(8, 0), pt2 -> emitOutpatient(pt2, date, emergency, d));
            }
        }
        int otc = d.poisson(0.2 * w.months);
        for (int k = 0; k < otc; k++) {
            int day = d.nextInt(last + 1);
            if (used[day] == FREE) {
                used[day] = USED;
                LocalDate date = date(day);
                add(date.atTime(9, 0), pt2 -> emitOtc(pt2, date, d));
            }
        }
    }

    private int firstFree(int from, int to) {
        for (int i = Math.max(0, from); i <= Math.min(w.days - 1, to); i++) {
            if (used[i] == FREE) {
                return i;
            }
        }
        return -1;
    }

    private Pathway acutePathway(int p, int age, Dice d) {
        Population pop = w.pop;
        boolean male = pop.male(p);
        if (age < 15) {
            return d.chance(0.8) ? Pathway.PNEUMONIA : Pathway.APPENDICITIS;
        }
        if (!male && age >= 22 && age <= 40 && d.chance(0.5)) {
            return Pathway.DELIVERY;
        }
        if (age < 50) {
            return d.pick(new Pathway[] {Pathway.APPENDICITIS, Pathway.CHOLECYSTITIS, Pathway.PNEUMONIA,
                Pathway.CHEST_PAIN_OBSERVATION});
        }
        return d.pick(new Pathway[] {Pathway.PNEUMONIA, Pathway.COPD, Pathway.STROKE, Pathway.MI, Pathway.ANGINA,
            Pathway.HEART_FAILURE, Pathway.CHOLECYSTITIS, Pathway.HIP_FRACTURE, Pathway.CATARACT,
            Pathway.CHEST_PAIN_OBSERVATION, Pathway.BACTERIAL_PNEUMONIA});
    }

    private Facility chronicFacility(int p) {
        int k = (int) Math.floorMod(Dice.mix(w.seed ^ p), 10L);
        return k < 4 ? w.level1For(p) : k < 7 ? w.clinicFor(p) : k < 9 ? w.level2For(p) : w.level3For(p, 0);
    }

    private Facility hospitalFor(int p, Pathway path, Dice d) {
        HospitalLevel min = path.minLevel;
        if (w.pop.inCareHome(p) && min == HospitalLevel.LEVEL_1 && d.chance(0.6)) {
            return w.facilities.get(w.pop.careHomeOf[w.pop.village(p)]);
        }
        if (min == HospitalLevel.LEVEL_3) {
            return w.level3For(p, d.nextInt(2));
        }
        if (min == HospitalLevel.LEVEL_2 || path == Pathway.PALLIATIVE || path == Pathway.CHEMOTHERAPY) {
            int k = d.weighted(0.55, 0.4, 0.05);
            if (k == 2 && path != Pathway.CHEMOTHERAPY && path != Pathway.PALLIATIVE) {
                for (Facility f : w.privates) {
                    if (f.level == HospitalLevel.LEVEL_2 && f.hasDept(path.dept) && f.behaviour == null) {
                        return f;
                    }
                }
            }
            return k == 1 ? w.level3For(p, d.nextInt(2)) : w.level2For(p);
        }
        int k = d.weighted(0.45, 0.3, 0.15, 0.1);
        if (k == 3) {
            Facility f = w.privates.get(Math.floorMod(w.pop.household(p), w.privates.size()));
            if (f.behaviour == null && f.hasDept(path.dept)) {
                return f;
            }
        }
        return k == 0 ? w.level1For(p) : k == 1 ? w.level2For(p) : w.level3For(p, d.nextInt(2));
    }

    private void stay(Patient pt, Pathway path, int day, int nights, boolean diesAtEnd, Dice d) {
        if (day < 0 || !free(day, day + nights)) {
            return;
        }
        int p = pt.index;
        Facility f = hospitalFor(p, path, d);
        boolean remote = false;
        if (!diesAtEnd && path.minLevel != HospitalLevel.LEVEL_1 && path != Pathway.CHEMOTHERAPY && d.chance(0.03)) {
            f = w.remote.get(d.nextInt(w.remote.size())); // 异地就医 with referral
            remote = true;
        }
        if (!f.hasDept(path.dept) && !(path == Pathway.PALLIATIVE && f.hasDept(World.INTERNAL))) {
            return;
        }
        if (!w.ledger.bedsFree(f, day, day + nights, Math.max(1, f.beds / 10))) {
            return;
        }
        w.ledger.occupy(f, day, day + nights);
        mark(day, day + nights);
        LocalDate admit = date(day);
        Facility fac = f;
        boolean isRemote = remote;
        LocalDateTime at = admit.atTime(d.between(8, 15), d.nextInt(60));
        add(at, pt2 -> emitStay(pt2, fac, path, at, nights, diesAtEnd, isRemote, d));
    }

    // ------------------------------------------------------------------ writing

    private void emitStay(Patient pt, Facility f, Pathway path, LocalDateTime admit, int nights, boolean diesAtEnd,
            boolean remote, Dice d) {
        LocalDate from = admit.toLocalDate();
        Staff doc = w.attendingFor(f, CarePaths.deptAt(f, path.dept), from, from.plusDays(nights), pt.index);
        if (doc == null) {
            return;
        }
        List<String> other = new ArrayList<>();
        if (path == Pathway.CHEMOTHERAPY || path == Pathway.PALLIATIVE) {
            other.add(CarePaths.CANCER_DIAG[w.pop.cancerSite[pt.index]]);
        }
        for (String c : care.chronicDiags(pt.index)) {
            if (other.size() < 3) {
                other.add(c);
            }
        }
        Encounter e = care.stay(pt, f, path, admit, nights, doc, other, d);
        e.ordinary = true;
        Encounter.Written wr = e.write();
        Output out = w.out;
        switch (path) {
            case CHEMOTHERAPY -> out.sampleHardNegative(Category.SPLIT_ADMISSION, SubjectType.VISIT, wr.visitId(),
                    "chemotherapy cycle", HN_QUOTA);
            case CHEST_PAIN_OBSERVATION -> out.sampleHardNegative(Category.FAKE_ADMISSION, SubjectType.VISIT,
                    wr.visitId(), "short observation stay", HN_QUOTA);
            case PALLIATIVE -> out.sampleHardNegative(Category.FAKE_ADMISSION, SubjectType.VISIT, wr.visitId(),
                    "too ill for procedures (palliative)", HN_QUOTA);
            case CATARACT -> out.sampleHardNegative(Category.BED_HANGING, SubjectType.VISIT, wr.visitId(),
                    "day surgery", HN_QUOTA);
            default -> {
            }
        }
        if (diesAtEnd) {
            out.sampleHardNegative(Category.DECEASED_CLAIM, SubjectType.VISIT, wr.visitId(), "stay ending on the day of death",
                    HN_QUOTA);
        }
        if (remote) {
            out.sampleHardNegative(Category.IDENTITY_MISUSE, SubjectType.VISIT, wr.visitId(),
                    "cross-region care with referral", HN_QUOTA);
        }
        if (w.pop.has(pt.index, Population.DM)) {
            out.sampleHardNegative(Category.DUPLICATE_CHARGE, SubjectType.VISIT, wr.visitId(),
                    "bedside glucose twice a day within max_units_day", HN_QUOTA);
        }
    }

    private void emitDialysis(Patient pt, Facility f, LocalDate day, int shift, Dice d) {
        Staff doc = w.doctorOn(f, World.NEPHRO, day, pt.index);
        if (doc == null) {
            return;
        }
        w.ledger.seen(doc, w.ledger.day(day));
        Encounter e = care.dialysis(pt, f, day, doc, shift, d);
        e.ordinary = true;
        e.write();
    }

    private void emitChronic(Patient pt, Facility f, LocalDate day, int supply, Dice d) {
        Staff doc = w.doctorOn(f, CarePaths.deptAt(f, World.INTERNAL), day, w.pop.household(pt.index));
        if (doc == null) {
            return;
        }
        w.ledger.seen(doc, w.ledger.day(day));
        Encounter e = care.chronicVisit(pt, f, day, doc, supply, d);
        e.ordinary = true;
        Encounter.Written wr = e.write();
        if (supply > 30) {
            w.out.sampleHardNegative(Category.OVER_QUANTITY, SubjectType.VISIT, wr.visitId(),
                    "chronic long prescription within max_days_supply", HN_QUOTA);
        }
    }

    private void emitRefill(Patient pt, Facility f, LocalDate day, Dice d) {
        LocalDateTime t = day.atTime(d.between(8, 20), d.nextInt(60));
        Encounter e = care.refill(pt, f, t, d);
        e.ordinary = true;
        Encounter.Written wr = e.write();
        if (e.cert == org.fundguard.core.CertType.E_VOUCHER) {
            w.out.sampleHardNegative(Category.EVOUCHER_CASHOUT, SubjectType.VISIT, wr.visitId(),
                    "chronic patient's monthly refill by e-voucher", HN_QUOTA);
        }
    }

    private void emitOtc(Patient pt, LocalDate day, Dice d) {
        Facility f = w.pharmacyFor(pt.index, d.nextInt(3));
        LocalDateTime t = day.atTime(d.between(8, 20), d.nextInt(60));
        Encounter e = care.otc(pt, f, t, d);
        e.ordinary = true;
        e.write();
    }

    private void emitOutpatient(Patient pt, LocalDate day, boolean emergency, Dice d) {
        int p = pt.index;
        int age = pt.age(day);
        Acute a = Acute.draw(d, age, pt.male());
        int k = d.weighted(0.35, 0.22, 0.08, 0.2, 0.15);
        if (emergency) {
            k = 3 + d.nextInt(2);
        }
        Facility f = switch (k) {
            case 0 -> w.clinicFor(p);
            case 1 -> w.level1For(p);
            case 2 -> w.privates.get(Math.floorMod(w.pop.household(p) * 7, w.privates.size()));
            case 3 -> w.level2For(p);
            default -> w.level3For(p, d.nextInt(2));
        };
        String dept = emergency && f.hasDept(World.EMERGENCY) ? World.EMERGENCY
                : CarePaths.deptAt(f, age <= 14 && f.hasDept(World.PAEDIATRICS) ? World.PAEDIATRICS : a.dept);
        Staff doc = w.doctorOn(f, dept, day, w.pop.household(p));
        if (doc == null) {
            return;
        }
        w.ledger.seen(doc, w.ledger.day(day));
        Encounter e = care.outpatient(pt, f, a, day, doc, emergency, d);
        e.dept = dept;
        e.ordinary = true;
        Encounter.Written wr = e.write();
        if (doc.registrations.size() > 1 && doc.registrations.get(0).facility != f) {
            w.out.sampleHardNegative(Category.UNQUALIFIED_PRACTITIONER, SubjectType.VISIT, wr.visitId(),
                    "valid multi-site registration", HN_QUOTA);
        }
    }
}
