package org.fundguard.synth;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fundguard.core.Gender;
import org.fundguard.core.HospitalLevel;
import org.fundguard.core.InsuranceType;
import org.fundguard.core.Ownership;
import org.fundguard.core.Person;
import org.fundguard.core.PersonType;
import org.fundguard.core.PractitionerType;

/**
 * The generated region: geography, catalogue, institutions and their staff, the population skeleton,
 * and the ledgers that keep ordinary care within real limits. Everything derives from the seed.
 */
public final class World {
    public static final String[] HOSPITAL_DEPTS = {"A03", "A03.06", "A04", "A05", "A07", "A10", "A19", "A20", "A21"};
    public static final String INTERNAL = "A03", NEPHRO = "A03.06", SURGERY = "A04", OBGYN = "A05", PAEDIATRICS = "A07",
            EYE = "A10", ONCOLOGY = "A19", EMERGENCY = "A20", REHAB = "A21", GENERAL = "A02", PREVENTIVE = "A01",
            TCM = "A50";

    public final SynthOptions options;
    public final long seed;
    public final LocalDate start;
    public final LocalDate end;
    public final int days;
    public final int months;
    public final Geography geo;
    public final Catalogue catalogue;
    public final List<Facility> facilities = new ArrayList<>();
    public final List<Staff> staff = new ArrayList<>();
    public final Population pop;
    public final Ledger ledger;
    public final Ids ids;
    public Output out;
    final Sanitizer sanitizer;

    final List<List<Facility>> clinicsBy = new ArrayList<>();
    final List<List<Facility>> level1By = new ArrayList<>();
    final List<List<Facility>> pharmaciesBy = new ArrayList<>();
    public final List<Facility> level2 = new ArrayList<>();
    public final List<Facility> level3 = new ArrayList<>();
    public final List<Facility> privates = new ArrayList<>();
    public final List<Facility> eldercare = new ArrayList<>();
    public final List<Facility> dialysisCentres = new ArrayList<>();
    public final List<Facility> remote = new ArrayList<>();
    public final List<Facility> remotePharmacies = new ArrayList<>();
    public final List<Facility> pharmacies = new ArrayList<>();
    public final List<Facility> clinics = new ArrayList<>();
    public final List<Facility> level1 = new ArrayList<>();
    private final Set<String> usedCodes = new HashSet<>();
    private Dice[] behaviourDice;
    private int tick;

    World(SynthOptions o) {
        options = o;
        seed = o.seed();
        start = o.start();
        end = start.plusMonths(o.months());
        days = (int) (end.toEpochDay() - start.toEpochDay());
        months = o.months();
        int n = o.persons();
        Dice dice = Dice.of(seed, 2, 0);
        catalogue = new Catalogue(seed);
        int eldercareHomes = Math.max(2, n / 60_000);
        int villages = Math.max(12, n / 700) + eldercareHomes;
        geo = new Geography(villages, dice.split());
        for (int d = 0; d < Geography.HOME.size(); d++) {
            clinicsBy.add(new ArrayList<>());
            level1By.add(new ArrayList<>());
            pharmaciesBy.add(new ArrayList<>());
        }
        buildFacilities(n, eldercareHomes, dice.split());
        int[] careFacility = new int[eldercare.size()];
        int[] careVillage = new int[eldercare.size()];
        for (int h = 0; h < eldercare.size(); h++) {
            careFacility[h] = eldercare.get(h).index;
            careVillage[h] = geo.villages() - eldercare.size() + h;
        }
        pop = new Population(n, geo, careFacility, careVillage, start, end, Dice.of(seed, 3, 0));
        buildStaff(n, dice.split());
        ids = new Ids(seed);
        ledger = new Ledger(start, days, months, facilities.size(), staff.size(), catalogue.stocked().size(), seed);
        assignDialysis(dice.split());
        behaviourDice = new Dice[facilities.size()];
        sanitizer = new Sanitizer(catalogue);
    }

    // ------------------------------------------------------------------ institutions

    private void buildFacilities(int n, int eldercareHomes, Dice d) {
        List<Geography.District> home = Geography.HOME;
        double[] weights = home.stream().mapToDouble(Geography.District::weight).toArray();
        String[] urbanFirst = {"370811", "370883", "370812", "370881"};
        int l3 = Math.max(2, n / 250_000);
        for (int i = 0; i < l3; i++) {
            int di = districtIndex(urbanFirst[i % urbanFirst.length]);
            String name = i == 0 ? "济宁市第一人民医院" : i == 1 ? "济宁医学院附属医院" : home.get(di).name() + "中心医院" + (i > 3 ? "(" + i + ")" : "");
            Facility f = add(name, Facility.Kind.LEVEL3, HospitalLevel.LEVEL_3, di, Ownership.PUBLIC, false, 'H', d);
            f.beds = d.between(600, 1200);
            level3.add(f);
        }
        int l2 = Math.max(3, n / 70_000);
        for (int i = 0; i < l2; i++) {
            int di = i < home.size() ? (i * 3 + 1) % home.size() : d.weighted(weights);
            Facility f = add(home.get(di).name() + (i < home.size() ? "人民医院" : "第" + (i / home.size() + 1) + "人民医院"),
                    Facility.Kind.LEVEL2, HospitalLevel.LEVEL_2, di, Ownership.PUBLIC, false, 'H', d);
            f.beds = d.between(200, 450);
            level2.add(f);
        }
        int l1 = Math.max(5, n / 12_000);
        String[] towns = {"城关", "东关", "西城", "南张", "北湖", "马营", "杨柳", "王庄", "李营", "辛店", "梁宝寺", "高楼", "石桥", "胡集"};
        for (int i = 0; i < l1; i++) {
            int di = d.weighted(weights);
            Facility f = add(home.get(di).name() + towns[i % towns.length] + (i >= towns.length ? (i / towns.length + 1) : "")
                    + "镇卫生院", Facility.Kind.LEVEL1, HospitalLevel.LEVEL_1, di, Ownership.PUBLIC, false, 'H', d);
            f.beds = d.between(30, 80);
            level1.add(f);
            level1By.get(di).add(f);
        }
        int clinicCount = Math.max(10, n / 2_000);
        for (int i = 0; i < clinicCount; i++) {
            int di = i < home.size() ? i : d.weighted(weights);
            Facility f = add(home.get(di).name() + towns[(i * 7) % towns.length] + "社区卫生服务站" + (i / towns.length + 1),
                    Facility.Kind.CLINIC, HospitalLevel.UNRATED, di, Ownership.PUBLIC, false, 'H', d);
            clinics.add(f);
            clinicsBy.get(di).add(f);
        }
        for (int di = 0; di < home.size(); di++) {
            if (level1By.get(di).isEmpty()) {
                level1By.set(di, level1);
            }
        }
        int priv = Math.max(6, n / 10_000);
        String[] brands = {"仁爱", "康宁", "博爱", "华康", "同济", "德济", "安康", "惠民", "济华", "瑞康"};
        for (int i = 0; i < priv; i++) {
            int di = d.weighted(weights);
            boolean two = i % 3 == 2;
            Facility f = add(home.get(di).name() + brands[i % brands.length] + (two ? "医院" : "诊疗医院")
                    + (i >= brands.length ? "(" + (i / brands.length + 1) + ")" : ""), Facility.Kind.PRIVATE,
                    two ? HospitalLevel.LEVEL_2 : HospitalLevel.LEVEL_1, di, Ownership.PRIVATE, false, 'H', d);
            f.beds = two ? d.between(80, 150) : d.between(25, 60);
            f.pricePermille = d.between(930, 1000);
            privates.add(f);
        }
        for (int i = 0; i < eldercareHomes; i++) {
            int di = d.weighted(weights);
            Facility f = add(home.get(di).name() + brands[(i + 3) % brands.length] + "医养结合医院" + (i > 0 ? "(" + (i + 1) + ")" : ""),
                    Facility.Kind.ELDERCARE, HospitalLevel.LEVEL_1, di, Ownership.PRIVATE, true, 'H', d);
            f.beds = d.between(40, 80);
            f.pricePermille = d.between(950, 1000);
            eldercare.add(f);
        }
        int dia = Math.max(2, n / 150_000);
        for (int i = 0; i < dia; i++) {
            int di = districtIndex(urbanFirst[(i + 1) % urbanFirst.length]);
            Facility f = add(home.get(di).name() + brands[(i + 5) % brands.length] + "血液透析中心" + (i >= 4 ? "(" + i + ")" : ""),
                    Facility.Kind.DIALYSIS, HospitalLevel.UNRATED, di, Ownership.PRIVATE, false, 'H', d);
            dialysisCentres.add(f);
        }
        int ph = Math.max(20, n / 900);
        String[] chains = {"漱玉平民", "立健", "益丰", "老百姓", "国大", "燕喜堂", "福瑞达", "康佰"};
        for (int i = 0; i < ph; i++) {
            int di = i < home.size() ? i : d.weighted(weights);
            Facility f = add(chains[i % chains.length] + "大药房" + home.get(di).name() + "第" + (i / chains.length + 1) + "分店",
                    Facility.Kind.PHARMACY, HospitalLevel.UNRATED, di, Ownership.PRIVATE, false, 'P', d);
            f.pricePermille = d.between(1000, 1080);
            pharmacies.add(f);
            pharmaciesBy.get(di).add(f);
        }
        String[] remoteNames = {"山东大学齐鲁医院", "青岛大学附属医院", "北京大学人民医院", "复旦大学附属中山医院", "南京鼓楼医院",
            "郑州大学第一附属医院"};
        for (int i = 0; i < Geography.REMOTE.size(); i++) {
            Facility f = addRemote(remoteNames[i], Facility.Kind.REMOTE, HospitalLevel.LEVEL_3, Geography.REMOTE.get(i), 'H', d);
            f.beds = d.between(1500, 3000);
            remote.add(f);
        }
        for (int i = 0; i < 3; i++) {
            Facility f = addRemote(chains[(i + 2) % chains.length] + "大药房" + Geography.REMOTE.get(i * 2 + 1).name() + "店",
                    Facility.Kind.REMOTE_PHARMACY, HospitalLevel.UNRATED, Geography.REMOTE.get(i * 2 + 1), 'P', d);
            f.pricePermille = 1050;
            remotePharmacies.add(f);
        }
        for (Facility f : facilities) {
            int t = switch (f.kind) {
                case LEVEL3, REMOTE -> 10;
                case LEVEL2 -> 6;
                case LEVEL1, PRIVATE, ELDERCARE -> 3;
                case DIALYSIS -> 2;
                default -> d.between(1, 2);
            };
            f.terminals = new String[t];
            for (int k = 0; k < t; k++) {
                f.terminals[k] = "T" + f.code.substring(1, 7) + f.code.substring(8) + String.format("%02d", k + 1);
            }
        }
    }

    private static int districtIndex(String code) {
        for (int i = 0; i < Geography.HOME.size(); i++) {
            if (Geography.HOME.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private Facility add(String name, Facility.Kind kind, HospitalLevel level, int district, Ownership own,
            boolean eldercareLinked, char prefix, Dice d) {
        String admdvs = Geography.HOME.get(district).code();
        Facility f = new Facility(facilities.size(), code(prefix, admdvs, d), name, kind, level, admdvs, district, own,
                eldercareLinked);
        facilities.add(f);
        return f;
    }

    private Facility addRemote(String name, Facility.Kind kind, HospitalLevel level, Geography.District dist, char prefix,
            Dice d) {
        Facility f = new Facility(facilities.size(), code(prefix, dist.code(), d), name, kind, level, dist.code(), -1,
                kind == Facility.Kind.REMOTE ? Ownership.PUBLIC : Ownership.PRIVATE, false);
        facilities.add(f);
        return f;
    }

    private String code(char prefix, String admdvs, Dice d) {
        String c;
        do {
            c = prefix + admdvs + d.digits(5);
        } while (!usedCodes.add(c));
        return c;
    }

    // ------------------------------------------------------------------ staff

    private void buildStaff(int n, Dice d) {
        double monthlyVisits = n * 0.5 / 30.0;
        for (Facility f : facilities) {
            List<String> depts = switch (f.kind) {
                case LEVEL3, REMOTE -> List.of(HOSPITAL_DEPTS);
                case LEVEL2 -> List.of(INTERNAL, NEPHRO, SURGERY, OBGYN, PAEDIATRICS, EYE, ONCOLOGY, EMERGENCY, REHAB);
                case LEVEL1 -> List.of(GENERAL, INTERNAL, SURGERY, OBGYN, PAEDIATRICS, TCM, REHAB);
                case CLINIC -> List.of(GENERAL, PREVENTIVE);
                case PRIVATE -> f.level == HospitalLevel.LEVEL_2 ? List.of(INTERNAL, SURGERY, EYE, REHAB, TCM)
                        : List.of(INTERNAL, SURGERY, REHAB, TCM);
                case ELDERCARE -> List.of(INTERNAL, REHAB, TCM);
                case DIALYSIS -> List.of(NEPHRO);
                default -> List.of();
            };
            f.depts.addAll(depts);
            if (f.isPharmacy()) {
                int k = d.chance(0.5) ? 2 : 3;
                for (int i = 0; i < k; i++) {
                    Staff s = newStaff(PractitionerType.PHARMACIST, 'Y', f, d);
                    s.register(f, null, start.minusYears(d.between(1, 15)), null, 127);
                    f.pharmacists.add(s);
                }
                continue;
            }
            double share = switch (f.kind) {
                case LEVEL3 -> 0.18 / level3.size();
                case LEVEL2 -> 0.2 / level2.size();
                case LEVEL1 -> 0.22 / level1.size();
                case CLINIC -> 0.3 / clinics.size();
                case PRIVATE, ELDERCARE -> 0.1 / (privates.size() + eldercare.size());
                default -> 0.01;
            };
            double daily = monthlyVisits * share;
            int perDept = Math.max(f.kind == Facility.Kind.CLINIC ? 2 : f.kind == Facility.Kind.LEVEL3 ? 3 : 2,
                    (int) Math.ceil(daily * 2.0 / depts.size() / 25.0));
            for (String dept : depts) {
                List<Staff> list = new ArrayList<>();
                for (int i = 0; i < perDept; i++) {
                    Staff s = newStaff(PractitionerType.DOCTOR, 'D', f, d);
                    // one day off a week, drawn per doctor
                    int off = d.nextInt(7);
                    s.register(f, dept, start.minusYears(d.between(2, 25)), null, 127 & ~(1 << off));
                    list.add(s);
                }
                f.doctors.put(dept, list);
            }
            // registrations that lapsed before the window (retired, qualification not renewed): listed, never working
            for (int i = 0; i < d.between(1, 2); i++) {
                Staff s = newStaff(PractitionerType.DOCTOR, 'D', f, d);
                String dept = d.pick(depts);
                s.register(f, dept, start.minusYears(d.between(10, 30)), start.minusDays(d.between(30, 700)), 127);
                f.doctors.get(dept).add(s);
            }
            // one whose qualification ends inside the window: works until then, never after
            if (f.kind != Facility.Kind.CLINIC && d.chance(0.6)) {
                Staff s = newStaff(PractitionerType.DOCTOR, 'D', f, d);
                String dept = d.pick(depts);
                s.register(f, dept, start.minusYears(d.between(5, 20)), start.plusDays(d.between(20, Math.max(21, days - 20))),
                        127 & ~(1 << d.nextInt(7)));
                f.doctors.get(dept).add(s);
            }
            if (f.isHospital() || f.kind == Facility.Kind.DIALYSIS) {
                for (int i = 0; i < 2; i++) {
                    Staff s = newStaff(PractitionerType.NURSE, 'N', f, d);
                    s.register(f, d.pick(depts), start.minusYears(d.between(1, 20)), null, 127);
                }
            }
        }
        // 多点执业: some level-2/3 internists also work weekends at a clinic or a private hospital
        List<Facility> second = new ArrayList<>(clinics);
        second.addAll(privates);
        for (Facility f : facilities) {
            if (f.kind != Facility.Kind.LEVEL3 && f.kind != Facility.Kind.LEVEL2) {
                continue;
            }
            for (Staff s : f.doctors(INTERNAL)) {
                if (s.registrations.size() == 1 && s.registrations.get(0).certEnd == null && d.chance(0.3)) {
                    Facility g = d.pick(second);
                    String dept = g.hasDept(GENERAL) ? GENERAL : INTERNAL;
                    s.registrations.get(0).weekdays = 0b0011111;        // Monday to Friday at the hospital
                    s.register(g, dept, start.minusYears(1).plusDays(d.nextInt(300)), null, 0b1100000); // weekends
                    g.doctors.get(dept).add(s);
                }
            }
        }
    }

    private Staff newStaff(PractitionerType type, char prefix, Facility f, Dice d) {
        String c;
        do {
            c = prefix + (f.admdvs + d.digits(6));
        } while (!usedCodes.add(c));
        Staff s = new Staff(staff.size(), c, Names.full(d), type);
        staff.add(s);
        return s;
    }

    /** A practitioner the injections invent (unregistered, or registered elsewhere). */
    public Staff newStaff(PractitionerType type, Facility f, Dice d) {
        return newStaff(type, type == PractitionerType.PHARMACIST ? 'Y' : 'D', f, d);
    }

    // ------------------------------------------------------------------ dialysis

    private void assignDialysis(Dice d) {
        List<Facility> centres = new ArrayList<>(dialysisCentres);
        for (Facility f : level3) {
            centres.add(f);
        }
        for (Facility f : level2) {
            if (d.chance(0.5)) {
                centres.add(f);
            }
        }
        int[][] load = new int[facilities.size()][2];
        int k = 0;
        for (int p = 0; p < pop.size; p++) {
            if (pop.has(p, Population.DIALYSIS)) {
                Facility f = centres.get(k++ % centres.size());
                pop.dialysisCentre[p] = f.index;
                load[f.index][p % 2]++;
            }
        }
        for (Facility f : centres) {
            int busiest = Math.max(load[f.index][0], load[f.index][1]);
            // machines so that the busiest day uses at most ~70% of three shifts
            f.machines = Math.max(4, (int) Math.ceil(busiest / (Ledger.SHIFTS * 0.7)) + d.between(1, 3));
        }
    }

    /** Dialysis days of a patient: Mon/Wed/Fri or Tue/Thu/Sat by person parity. */
    public static boolean dialysisDay(int p, LocalDate day) {
        int dow = day.getDayOfWeek().getValue();
        return p % 2 == 0 ? dow == 1 || dow == 3 || dow == 5 : dow == 2 || dow == 4 || dow == 6;
    }

    // ------------------------------------------------------------------ routing

    /** The 医养结合 hospital linked to the care home a person lives in, or -1. */
    public int careHomeFacility(int p) {
        return pop.careHomeOf[pop.village[p]];
    }

    public int districtOf(int p) {
        return geo.villageDistrict[pop.village[p]];
    }

    public Facility clinicFor(int p) {
        List<Facility> l = clinicsBy.get(districtOf(p));
        if (l.isEmpty()) {
            l = clinics;
        }
        return l.get(Math.floorMod(pop.household[p] * 31 + 7, l.size()));
    }

    public Facility level1For(int p) {
        List<Facility> l = level1By.get(districtOf(p));
        return l.get(Math.floorMod(pop.household[p] * 17 + 3, l.size()));
    }

    public Facility pharmacyFor(int p, int variant) {
        List<Facility> l = pharmaciesBy.get(districtOf(p));
        if (l.isEmpty()) {
            l = pharmacies;
        }
        return l.get(Math.floorMod(pop.household[p] * 13 + variant * 5, l.size()));
    }

    public Facility level2For(int p) {
        int di = districtOf(p);
        for (Facility f : level2) {
            if (f.district == di) {
                return f;
            }
        }
        return level2.get(Math.floorMod(pop.household[p], level2.size()));
    }

    public Facility level3For(int p, int variant) {
        return level3.get(Math.floorMod(pop.household[p] + variant, level3.size()));
    }

    // ------------------------------------------------------------------ staff on duty

    /** A doctor of the department working there that day with room in the day, preferring {@code pref}. */
    public Staff doctorOn(Facility f, String dept, LocalDate day, long pref) {
        List<Staff> list = f.doctors(dept);
        int n = list.size();
        if (n == 0) {
            return null;
        }
        int di = ledger.day(day);
        int s0 = (int) Math.floorMod(pref, (long) n);
        for (int k = 0; k < n; k++) {
            Staff s = list.get((s0 + k) % n);
            Staff.Registration r = s.at(f);
            if (r != null && r.listed && r.worksOn(day) && ledger.load(s, di) < Ledger.DOCTOR_DAY_CAP) {
                return s;
            }
        }
        return null;
    }

    /** An attending for a stay: registered only here and qualified on every day of it. */
    public Staff attendingFor(Facility f, String dept, LocalDate from, LocalDate to, long pref) {
        List<Staff> list = f.doctors(dept);
        int n = list.size();
        int s0 = (int) Math.floorMod(pref, (long) Math.max(1, n));
        for (int k = 0; k < n; k++) {
            Staff s = list.get((s0 + k) % n);
            Staff.Registration r = s.at(f);
            if (s.registrations.size() == 1 && r.listed && r.qualifiedOn(from) && r.qualifiedOn(to)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The pharmacist on shift: pharmacies open 08:00-22:00 in two shifts (08-15, 15-22); with two
     * pharmacists they swap shifts weekly, with three one of them is off each day.
     */
    public Staff pharmacistAt(Facility f, LocalDateTime t) {
        List<Staff> ph = f.pharmacists;
        if (ph.size() == 1) {
            return ph.get(0);
        }
        int day = ledger.day(t.toLocalDate());
        boolean morning = t.getHour() < 15;
        if (ph.size() == 2) {
            int week = Math.floorDiv(day, 7);
            return ph.get(Math.floorMod(week + (morning ? 0 : 1), 2));
        }
        int off = Math.floorMod(day, 3);
        return ph.get((off + (morning ? 1 : 2)) % 3);
    }

    public String terminal(Facility f, long h) {
        return f.terminals[(int) Math.floorMod(h, (long) f.terminals.length)];
    }

    // ------------------------------------------------------------------ prices

    /** The institution's usual price: list price for its level, times its own pricing, never above the cap. */
    public long priceAt(Facility f, Item item) {
        long p = item.price(f.level);
        if (f.pricePermille != 1000) {
            p = p * f.pricePermille / 1000;
            if (item.isDrug() || !item.stocked() && item.spec.priceCapFen() != null) {
                p = p / 10 * 10; // prices in jiao
            }
        }
        long cap = item.cap(f.level);
        return cap >= 0 ? Math.min(p, cap) : p;
    }

    Dice behaviourDice(Facility f) {
        if (behaviourDice[f.index] == null) {
            behaviourDice[f.index] = Dice.of(seed, 77, f.index);
        }
        return behaviourDice[f.index];
    }

    /** A small deterministic counter for minute-level jitter. */
    public int tick() {
        return tick++;
    }

    // ------------------------------------------------------------------ persons

    public String phone(int p) {
        String o = pop.phoneOverride.get(p);
        if (o != null) {
            return o;
        }
        long h = pop.ownPhone[p] == 1 ? Dice.mix(seed * 31 + p + 1_000_003L) : Dice.mix(seed * 37 + pop.household[p]);
        return phoneOf(h);
    }

    public static String phoneOf(long h) {
        String[] heads = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157",
            "158", "159", "176", "177", "180", "181", "182", "186", "187", "188", "189", "199"};
        return heads[(int) Math.floorMod(h, (long) heads.length)] + String.format("%08d", Math.floorMod(h >>> 9, 100_000_000L));
    }

    public Person person(int p) {
        Dice d = Dice.of(seed, 4, p);
        LocalDate birth = LocalDate.ofEpochDay(pop.birth[p]);
        String area = Geography.HOME.get(geo.villageDistrict[pop.village[p]]).code();
        String body = area + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", pop.certSeq[p]);
        String certno = body + checkDigit(body);
        char surname = Names.surname(pop.inCareHome(p) || d.chance(0.5) && pop.psnType[p] <= 2
                ? Dice.mix(seed + p * 7L) : Dice.mix(seed + pop.household[p] * 11L));
        String name = surname + Names.given(d);
        PersonType type = PersonType.values()[pop.psnType[p]];
        return new Person(Ids.person(p, seed), certno, name, pop.sex[p] == 1 ? Gender.MALE : Gender.FEMALE, birth,
                pop.employee[p] == 1 ? InsuranceType.EMPLOYEE : InsuranceType.RESIDENT, type, area,
                geo.village(pop.village[p]), phone(p), pop.death(p));
    }

    public String psnNo(int p) {
        return Ids.person(p, seed);
    }

    /** GB 11643-1999 check character (ISO 7064 MOD 11-2). */
    public static char checkDigit(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    public boolean inWindow(LocalDate d) {
        return !d.isBefore(start) && d.isBefore(end);
    }
}
