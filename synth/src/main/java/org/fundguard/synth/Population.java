package org.fundguard.synth;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The region's insured persons as a compact skeleton (parallel primitive arrays, ~40 bytes a person):
 * enough to plan injections and route care. Names, ID numbers and phones are drawn when a person is
 * written. Households share a village and usually one phone; elderly people and children use the
 * household phone (as agencies see in real registers).
 */
public final class Population {
    public static final int HTN = 1, DM = 2, DIALYSIS = 4, CANCER = 8, CHD = 16, HBV = 32, BPH = 64;
    public static final int NO_DEATH = Integer.MIN_VALUE;

    public final int size;
    final int[] birth;        // epoch day
    final byte[] sex;         // 1 male, 2 female
    final int[] household;
    final int[] village;
    final byte[] employee;    // 1 = 职工医保 (310)
    final byte[] psnType;     // PersonType ordinal
    final short[] cond;
    final int[] death;        // epoch day or NO_DEATH
    final byte[] cancerSite;  // index into CarePaths.CANCERS
    final short[] certSeq;
    final int[] dialysisCentre;
    final byte[] ownPhone;    // 1 = has a phone of their own
    /** Set by an injection that uses the person, so no two injections share one (and the clean checks skip them). */
    final byte[] taken;
    final Map<Integer, String> phoneOverride = new HashMap<>();
    final int households;
    final int careHomeFrom;   // persons from here on live in care homes
    final int[] careHomeOf;   // facility index per care-home village, -1 otherwise (by village)

    Population(int n, Geography geo, int[] careHomeFacility, int[] careHomeVillage, LocalDate start, LocalDate end,
            Dice dice) {
        size = n;
        birth = new int[n];
        sex = new byte[n];
        household = new int[n];
        village = new int[n];
        employee = new byte[n];
        psnType = new byte[n];
        cond = new short[n];
        death = new int[n];
        cancerSite = new byte[n];
        certSeq = new short[n];
        dialysisCentre = new int[n];
        ownPhone = new byte[n];
        taken = new byte[n];
        Arrays.fill(death, NO_DEATH);
        Arrays.fill(dialysisCentre, -1);
        careHomeOf = new int[geo.villages()];
        Arrays.fill(careHomeOf, -1);
        int startDay = (int) start.toEpochDay();
        int days = (int) (end.toEpochDay() - start.toEpochDay());
        int careResidents = 0;
        for (int h = 0; h < careHomeFacility.length; h++) {
            careResidents += 25;
        }
        careHomeFrom = Math.max(0, n - careResidents);
        int i = 0;
        int hh = 0;
        int ordinaryVillages = geo.villages() - careHomeVillage.length;
        while (i < careHomeFrom) {
            int v = dice.nextInt(ordinaryVillages);
            boolean urban = geo.districtOfVillage(v).urban();
            int type = dice.weighted(0.08, 0.14, 0.08, 0.12, 0.36, 0.22);
            int[] ages = switch (type) {
                case 0 -> new int[] {elderAge(dice)};
                case 1 -> new int[] {elderAge(dice), elderAge(dice)};
                case 2 -> new int[] {dice.between(20, 45)};
                case 3 -> new int[] {dice.between(22, 59), dice.between(22, 59)};
                case 4 -> family(dice, 0);
                default -> family(dice, 1 + dice.nextInt(2));
            };
            for (int k = 0; k < ages.length && i < careHomeFrom; k++, i++) {
                int sx = ages.length >= 2 && k == 1 && type != 2 ? 3 - (k == 1 ? sex[i - 1] : 1) : 1 + dice.nextInt(2);
                init(i, hh, v, ages[k], sx, urban, k, start, dice);
            }
            hh++;
        }
        for (int h = 0; h < careHomeFacility.length && i < n; h++) {
            careHomeOf[careHomeVillage[h]] = careHomeFacility[h];
            for (int k = 0; k < 25 && i < n; k++, i++) {
                init(i, hh, careHomeVillage[h], dice.between(72, 95), 1 + dice.nextInt(2), true, 9, start, dice);
                ownPhone[i] = 1; // residents are reached through their children's phones, not the home's
            }
            hh++;
        }
        households = hh;
        LongSet certs = new LongSet(n * 2);
        for (int p = 0; p < n; p++) {
            conditions(p, start, dice);
            mortality(p, startDay, days, dice);
            int area = geo.villageDistrict[village[p]];
            short seq;
            long key;
            do {
                seq = (short) (dice.nextInt(500) * 2 + (sex[p] == 1 ? 1 : 0));
                key = ((long) area * 100_000L + (birth[p] + 40_000)) * 1000L + seq;
            } while (!certs.add(key));
            certSeq[p] = seq;
        }
    }

    private static int elderAge(Dice d) {
        return d.chance(0.6) ? d.between(60, 74) : d.between(75, 94);
    }

    private static int[] family(Dice d, int elders) {
        int parent = d.between(24, 52);
        int kids = d.chance(0.55) ? 1 : 2;
        int[] a = new int[2 + kids + elders];
        a[0] = parent;
        a[1] = Math.max(20, parent + d.between(-3, 3));
        for (int k = 0; k < kids; k++) {
            a[2 + k] = Math.max(0, parent - d.between(22, 34) + k * d.between(0, 4));
        }
        for (int e = 0; e < elders; e++) {
            a[2 + kids + e] = Math.min(95, parent + d.between(24, 32));
        }
        return a;
    }

    private void init(int i, int hh, int v, int age, int sx, boolean urban, int role, LocalDate start, Dice d) {
        household[i] = hh;
        village[i] = v;
        sex[i] = (byte) sx;
        birth[i] = (int) start.minusYears(age).minusDays(d.nextInt(365)).toEpochDay();
        boolean elder = age >= (sx == 1 ? 60 : 55);
        if (age >= 18 && !elder) {
            employee[i] = (byte) (d.chance(urban ? 0.5 : 0.15) ? 1 : 0);
            psnType[i] = (byte) (employee[i] == 1 ? 0 : 2);
            ownPhone[i] = (byte) (d.chance(0.7) ? 1 : 0);
        } else if (elder) {
            employee[i] = (byte) (d.chance(urban ? 0.4 : 0.1) ? 1 : 0);
            psnType[i] = (byte) (employee[i] == 1 ? 1 : 2);
            ownPhone[i] = (byte) (d.chance(0.25) ? 1 : 0);
        } else {
            psnType[i] = (byte) (age < 6 ? 4 : 3);
        }
    }

    private void conditions(int p, LocalDate start, Dice d) {
        int age = ageAt(p, (int) start.toEpochDay());
        int c = 0;
        if (age >= 35 && d.chance(age < 45 ? 0.08 : age < 55 ? 0.18 : age < 65 ? 0.32 : 0.48)) {
            c |= HTN;
        }
        if (age >= 35 && d.chance(age < 45 ? 0.04 : age < 55 ? 0.08 : age < 65 ? 0.13 : 0.17)) {
            c |= DM;
        }
        if (age >= 55 && d.chance(0.06)) {
            c |= CHD;
        }
        if (age >= 20 && d.chance(0.02)) {
            c |= HBV;
        }
        if (sex[p] == 1 && age >= 55 && d.chance(0.15)) {
            c |= BPH;
        }
        if (age >= 35 && age <= 85 && d.chance(0.0018)) {
            c |= DIALYSIS;
        }
        if (age >= 35 && age <= 85 && (c & DIALYSIS) == 0 && d.chance(0.004)) {
            c |= CANCER;
            cancerSite[p] = (byte) (sex[p] == 2 && d.chance(0.45) ? 1 : d.pick(new Integer[] {0, 2, 3}));
        }
        cond[p] = (short) c;
    }

    private void mortality(int p, int startDay, int days, Dice d) {
        int age = ageAt(p, startDay);
        double monthly = age < 50 ? 0.0002 : age < 65 ? 0.0006 : age < 75 ? 0.0018 : age < 85 ? 0.005 : 0.012;
        if ((cond[p] & CANCER) != 0) {
            monthly += 0.012;
        }
        if ((cond[p] & DIALYSIS) != 0) {
            monthly += 0.008;
        }
        double months = days / 30.4;
        if (d.chance(1 - Math.pow(1 - monthly, months))) {
            death[p] = startDay + 20 + d.nextInt(Math.max(1, days - 21));
        }
    }

    public int ageAt(int p, int epochDay) {
        return LocalDate.ofEpochDay(birth[p]).until(LocalDate.ofEpochDay(epochDay)).getYears();
    }

    public int age(int p, LocalDate day) {
        return ageAt(p, (int) day.toEpochDay());
    }

    public boolean male(int p) {
        return sex[p] == 1;
    }

    public boolean employee(int p) {
        return employee[p] == 1;
    }

    public boolean has(int p, int condition) {
        return (cond[p] & condition) != 0;
    }

    public void addCondition(int p, int condition) {
        cond[p] |= (short) condition;
    }

    /** Death day, or null when the person is alive through the window. */
    public LocalDate death(int p) {
        return death[p] == NO_DEATH ? null : LocalDate.ofEpochDay(death[p]);
    }

    public void setDeath(int p, LocalDate day) {
        death[p] = day == null ? NO_DEATH : (int) day.toEpochDay();
    }

    public int village(int p) {
        return village[p];
    }

    public int household(int p) {
        return household[p];
    }

    public boolean isTaken(int p) {
        return taken[p] != 0;
    }

    public void take(int p) {
        taken[p] = 1;
    }

    public void overridePhone(int p, String phone) {
        phoneOverride.put(p, phone);
    }

    public boolean inCareHome(int p) {
        return careHomeOf[village[p]] >= 0;
    }

    /** A tiny open-addressing set of longs (no boxing) for the ID-number uniqueness check. */
    static final class LongSet {
        private long[] table;
        private int count;

        LongSet(int capacity) {
            table = new long[Integer.highestOneBit(Math.max(16, capacity * 2)) * 2];
            Arrays.fill(table, Long.MIN_VALUE);
        }

        boolean add(long v) {
            if (count * 2 > table.length) {
                long[] old = table;
                table = new long[old.length * 2];
                Arrays.fill(table, Long.MIN_VALUE);
                count = 0;
                for (long o : old) {
                    if (o != Long.MIN_VALUE) {
                        add(o);
                    }
                }
            }
            int mask = table.length - 1;
            int i = (int) Dice.mix(v) & mask;
            while (table[i] != Long.MIN_VALUE) {
                if (table[i] == v) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = v;
            count++;
            return true;
        }
    }
}
