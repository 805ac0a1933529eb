package org.fundguard.synth;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the region has used so far, so that ordinary care never exceeds a real limit: beds occupied
 * per institution and night, dialysis sessions per centre and day, outpatient visits per doctor and
 * day, units billed per institution, item and month (stock must cover them), and the running serial
 * of traceability codes (one per pack, never reused).
 */
public final class Ledger {
    /** Ordinary outpatient load per doctor and day: 40 visits of ~10 minutes fit an 8-hour clinic day. */
    public static final int DOCTOR_DAY_CAP = 40;
    /** Haemodialysis shifts a machine runs per day (morning, afternoon, evening). */
    public static final int SHIFTS = 3;

    private final LocalDate start;
    private final int days;
    private final int months;
    private final short[][] beds;
    private final short[][] dialysis;
    private short[][] doctor;
    private final long[][][] billed;
    private long traceSerial;
    private final long traceOffset;

    Ledger(LocalDate start, int days, int months, int facilities, int staff, int stockItems, long seed) {
        this.start = start;
        this.days = days;
        this.months = months;
        beds = new short[facilities][];
        dialysis = new short[facilities][];
        doctor = new short[staff][];
        billed = new long[facilities][][];
        traceOffset = Math.floorMod(Dice.mix(seed + 99), 1_000_000_000_000L);
        this.stockItems = stockItems;
    }

    private final int stockItems;

    public int day(LocalDate d) {
        return (int) (d.toEpochDay() - start.toEpochDay());
    }

    public int days() {
        return days;
    }

    public int month(LocalDateTime t) {
        int m = (t.getYear() - start.getYear()) * 12 + t.getMonthValue() - start.getMonthValue();
        return Math.max(0, Math.min(months - 1, m));
    }

    public int months() {
        return months;
    }

    // ---- beds: nights from admission day (inclusive) to discharge day (exclusive)

    public int bedsUsed(Facility f, int day) {
        short[] b = beds[f.index];
        return b == null || day < 0 || day >= days ? 0 : b[day];
    }

    public boolean bedsFree(Facility f, int fromDay, int toDay, int headroom) {
        for (int d = Math.max(0, fromDay); d < Math.min(days, Math.max(toDay, fromDay + 1)); d++) {
            if (bedsUsed(f, d) + 1 + headroom > f.beds) {
                return false;
            }
        }
        return true;
    }

    public void occupy(Facility f, int fromDay, int toDay) {
        if (beds[f.index] == null) {
            beds[f.index] = new short[days];
        }
        for (int d = Math.max(0, fromDay); d < Math.min(days, Math.max(toDay, fromDay + 1)); d++) {
            beds[f.index][d]++;
        }
    }

    // ---- dialysis sessions

    public int sessions(Facility f, int day) {
        short[] s = dialysis[f.index];
        return s == null || day < 0 || day >= days ? 0 : s[day];
    }

    public void session(Facility f, int day) {
        if (dialysis[f.index] == null) {
            dialysis[f.index] = new short[days];
        }
        if (day >= 0 && day < days) {
            dialysis[f.index][day]++;
        }
    }

    // ---- doctors

    public int load(Staff s, int day) {
        if (s.index >= doctor.length) {
            return 0;
        }
        short[] l = doctor[s.index];
        return l == null || day < 0 || day >= days ? 0 : l[day];
    }

    public void seen(Staff s, int day) {
        if (s.index >= doctor.length) {
            short[][] grown = new short[Math.max(s.index + 1, doctor.length * 2)][];
            System.arraycopy(doctor, 0, grown, 0, doctor.length);
            doctor = grown;
        }
        if (doctor[s.index] == null) {
            doctor[s.index] = new short[days];
        }
        if (day >= 0 && day < days) {
            doctor[s.index][day]++;
        }
    }

    // ---- stock

    public void bill(Facility f, Item item, LocalDateTime t, long cnt) {
        if (item.stockIndex < 0) {
            return;
        }
        long[][] b = billed[f.index];
        if (b == null) {
            b = new long[stockItems][];
            billed[f.index] = b;
        }
        if (b[item.stockIndex] == null) {
            b[item.stockIndex] = new long[months];
        }
        b[item.stockIndex][month(t)] += cnt;
    }

    /** Units billed per month, or null when the institution never billed the item. */
    public long[] billed(Facility f, Item item) {
        long[][] b = billed[f.index];
        return b == null ? null : b[item.stockIndex];
    }

    // ---- traceability codes (药品追溯码, 20 digits: a 7-digit product prefix and a 13-digit serial)

    public String nextTraceCode(Item item) {
        long serial = Math.floorMod(traceSerial++ * 7_919_113L + traceOffset, 10_000_000_000_000L);
        char[] c = new char[20];
        for (int i = 0; i < 7; i++) {
            c[i] = item.tracePrefix.charAt(i);
        }
        for (int i = 19; i >= 7; i--) {
            c[i] = (char) ('0' + serial % 10);
            serial /= 10;
        }
        return new String(c);
    }
}
