package org.fundguard.engine.models;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.fundguard.core.Category;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Institution;
import org.fundguard.core.MedType;
import org.fundguard.core.Money;
import org.fundguard.core.Practitioner;
import org.fundguard.core.PractitionerType;
import org.fundguard.core.SubjectType;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.Thresholds;

/**
 * 执业药师挂证: a pharmacy whose sales are reviewed (atddr_code) under a pharmacist who is not there —
 * recorded at another institution in the same half hour (or between two records there), or the one
 * name on the sales of more opening hours and weekdays than one person works, which no single
 * pharmacist does (the certificate hangs on the wall while others sell). The lead is the pharmacy.
 *
 * <p>In pharmacies where several pharmacists cover the shifts, none is alone at the counter from
 * opening to closing and none is anywhere else meanwhile; a pharmacist with a valid second
 * registration (多点执业) works there at other hours than elsewhere.
 */
public final class PharmacistAbsentModel implements ScreeningModel<PharmacistAbsentStatistics> {
    public static final String CODE = "PHARMACIST_ABSENT";
    static final String RESOURCE = "/org/fundguard/engine/models/pharmacist-absent.properties";
    private static final long SLOT_SECONDS = 30 * 60;
    private static final long SLOTS_PER_DAY = 48;
    private static final double SLOT_HOURS = 0.5;

    private final int maxVisitHours;
    private final int minSales;
    private final double minConflictShare;
    private final int minConflicts;
    private final int maxGapSlots;
    private final double maxHoursOnePerson;
    private final double openHourMinShare;
    private final double minSoleShare;
    private final int maxDaysOnePerson;
    private final double openDayMinShare;
    private final int minActiveDays;
    private final double shiftHours;
    private final int maxEvidenceVisits;

    public PharmacistAbsentModel(Thresholds t) {
        this.maxVisitHours = t.integer("presence.max_visit_hours");
        this.minSales = t.integer("pharmacist.min_sales");
        this.minConflictShare = t.decimal("elsewhere.min_share");
        this.minConflicts = t.integer("elsewhere.min_sales");
        this.maxGapSlots = (int) Math.round(t.decimal("presence.max_gap_hours") * 2);
        this.maxHoursOnePerson = t.decimal("shift.max_hours_one_person");
        this.openHourMinShare = t.decimal("shift.open_hour_min_share");
        this.minSoleShare = t.decimal("shift.min_share_of_sales");
        this.maxDaysOnePerson = t.integer("shift.max_days_one_person");
        this.openDayMinShare = t.decimal("shift.open_day_min_share");
        this.minActiveDays = t.integer("shift.min_active_days");
        this.shiftHours = t.decimal("shift.plausible_hours");
        this.maxEvidenceVisits = t.integer("evidence.max_visits");
    }

    public static PharmacistAbsentModel standard() {
        return new PharmacistAbsentModel(Thresholds.fromResource(RESOURCE));
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Category category() {
        return Category.PHARMACIST_ABSENT;
    }

    /** The pharmacy, for sales with a reviewing pharmacist. */
    @Override
    public List<String> keys(Claim claim, Region region) {
        Visit v = claim.visit();
        if (isPharmacySale(v, region) && isPharmacist(v.attendingCode(), region)) {
            return List.of(v.institutionCode());
        }
        return List.of();
    }

    @Override
    public PharmacistAbsentStatistics emptyStatistics() {
        return new PharmacistAbsentStatistics();
    }

    @Override
    public PharmacistAbsentStatistics accumulate(PharmacistAbsentStatistics s, Claim claim, Region region) {
        Visit v = claim.visit();
        String inst = v.institutionCode();
        if (!v.isInpatient() && isPharmacist(v.attendingCode(), region)) {
            long from = slot(v.begin());
            long to = v.end() == null ? from : Math.min(slot(v.end()), from + maxVisitHours * 2L);
            for (long sl = from; sl <= to; sl++) {
                s.add(v.attendingCode(), inst, sl);
            }
        }
        if (!v.isInpatient()) {
            for (FeeDetail line : claim.lines()) {
                String by = line.orderingPractitioner();
                if (by != null && !by.equals(v.attendingCode()) && isPharmacist(by, region)) {
                    s.add(by, inst, slot(line.time()));
                }
            }
        }
        return s;
    }

    @Override
    public PharmacistAbsentStatistics merge(PharmacistAbsentStatistics left, PharmacistAbsentStatistics right) {
        return left.mergeFrom(right);
    }

    /** One pharmacist's reviews at this pharmacy. */
    private static final class Reviewer {
        final String code;
        final List<Claim> sales = new ArrayList<>();
        final TreeMap<LocalDate, LocalDateTime[]> days = new TreeMap<>(); // first and last review of the day
        final Map<LocalDate, int[]> perDay = new HashMap<>();

        Reviewer(String code) {
            this.code = code;
        }
    }

    @Override
    public List<Finding> screen(String key, List<Claim> group, PharmacistAbsentStatistics stats, Region region) {
        Map<String, Reviewer> reviewers = new TreeMap<>();
        Map<LocalDate, int[]> salesPerDay = new HashMap<>();
        for (Claim c : group) {
            Visit v = c.visit();
            Reviewer r = reviewers.computeIfAbsent(v.attendingCode(), Reviewer::new);
            r.sales.add(c);
            r.days.merge(v.begin().toLocalDate(), new LocalDateTime[] {v.begin(), v.begin()},
                    (a, b) -> new LocalDateTime[] {a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
            r.perDay.computeIfAbsent(v.begin().toLocalDate(), k -> new int[1])[0]++;
            salesPerDay.computeIfAbsent(v.begin().toLocalDate(), k -> new int[1])[0]++;
        }
        int total = group.size();
        int activeDays = salesPerDay.size();

        Reviewer absent = null;      // the reviewer most often recorded elsewhere
        List<Claim> conflicting = List.of();
        Map<String, int[]> elsewhereAt = Map.of();
        Reviewer alone = null;       // the reviewer of most sales
        for (Reviewer r : reviewers.values()) {
            if (r.sales.size() < minSales) {
                continue;
            }
            Map<String, int[]> where = new TreeMap<>();
            List<Claim> clashes = clashes(r, key, stats, where);
            if (clashes.size() >= minConflicts && clashes.size() / (double) r.sales.size() >= minConflictShare
                    && clashes.size() > conflicting.size()) {
                absent = r;
                conflicting = clashes;
                elsewhereAt = where;
            }
            if (alone == null || r.sales.size() > alone.sales.size()) {
                alone = r;
            }
        }
        boolean elsewhere = absent != null;
        // the pharmacy's trading pattern, from all its sales: the hours of the day and the days of the week
        // that carry a real share of them (sparse sales leave single days empty, not whole weekdays)
        long[] byHour = new long[24];
        long[] byWeekday = new long[7];
        for (Claim c : group) {
            byHour[c.visit().begin().getHour()]++;
            byWeekday[c.visit().begin().getDayOfWeek().getValue() - 1]++;
        }
        int openHours = 0;
        int firstHour = -1;
        int lastHour = -1;
        for (int h = 0; h < 24; h++) {
            if (byHour[h] >= openHourMinShare * total) {
                openHours++;
                firstHour = firstHour < 0 ? h : firstHour;
                lastHour = h;
            }
        }
        int openDays = 0;
        for (long n : byWeekday) {
            openDays += n >= openDayMinShare * total ? 1 : 0;
        }
        double soleShare = alone == null ? 0 : alone.sales.size() / (double) total;
        boolean neverChanges = alone != null && activeDays >= minActiveDays && soleShare >= minSoleShare
                && openHours > maxHoursOnePerson && openDays > maxDaysOnePerson;
        if (!elsewhere && !neverChanges) {
            return List.of();
        }
        Reviewer main = elsewhere ? absent : alone;
        double conflictShare = elsewhere ? conflicting.size() / (double) absent.sales.size() : 0;
        double dominance = main.sales.size() / (double) total;

        // sales nobody reviewed: those while the pharmacist was elsewhere, and those beyond one shift a day
        Map<String, Claim> unreviewed = new TreeMap<>();
        conflicting.forEach(c -> unreviewed.put(c.visit().mdtrtId(), c));
        if (neverChanges) {
            for (Claim c : alone.sales) {
                LocalDateTime first = alone.days.get(c.visit().begin().toLocalDate())[0];
                if (java.time.Duration.between(first, c.visit().begin()).toMinutes() > shiftHours * 60) {
                    unreviewed.put(c.visit().mdtrtId(), c);
                }
            }
        }
        long amount = 0;
        long fund = 0;
        for (Claim c : unreviewed.values()) {
            amount += SettledAmounts.medfee(c);
            fund += SettledAmounts.fund(c);
        }
        double score = clamp(Math.max(elsewhere ? 0.5 + 0.5 * conflictShare : 0,
                neverChanges ? 0.4 + 0.4 * soleShare : 0) * (0.8 + 0.2 * dominance));

        List<String> evidence = new ArrayList<>();
        evidence.add("institutions:" + key);
        evidence.add("practitioners:" + main.code);
        if (neverChanges && alone != main) {
            evidence.add("practitioners:" + alone.code);
        }
        int listed = 0;
        for (Claim c : unreviewed.values()) {
            if (listed++ >= maxEvidenceVisits) {
                break;
            }
            evidence.add("visits:" + c.visit().mdtrtId());
        }
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("pharmacist", main.code);
        observed.put("sales", Integer.toString(total));
        observed.put("pharmacist.share_of_sales", fmt(dominance));
        observed.put("elsewhere.sales", Integer.toString(conflicting.size()));
        observed.put("elsewhere.share", fmt(conflictShare));
        observed.put("elsewhere.institutions", String.join(";", elsewhereAt.keySet()));
        observed.put("active_days", Integer.toString(activeDays));
        observed.put("sole_reviewer.share_of_sales", fmt(soleShare));
        observed.put("opening_hours", Integer.toString(openHours));
        observed.put("trading_days_of_week", Integer.toString(openDays));
        observed.put("threshold.elsewhere.min_share", fmt(minConflictShare));
        observed.put("threshold.elsewhere.min_sales", Integer.toString(minConflicts));
        observed.put("threshold.shift.max_hours_one_person", fmt(maxHoursOnePerson));
        observed.put("threshold.shift.min_share_of_sales", fmt(minSoleShare));
        observed.put("threshold.shift.max_days_one_person", Integer.toString(maxDaysOnePerson));

        Institution inst = region.institution(key);
        StringBuilder why = new StringBuilder();
        why.append(inst != null && inst.isPharmacy() ? "该药店" : "该机构").append(total).append("笔购药中")
                .append(Math.round(dominance * 100)).append("%由药师").append(main.code).append("审核");
        if (elsewhere) {
            why.append("，其中").append(conflicting.size()).append("笔（").append(Math.round(conflictShare * 100))
                    .append("%）审核时该药师同时在").append(String.join("、", elsewhereAt.keySet())).append("有执业记录");
        }
        if (neverChanges) {
            why.append(elsewhere ? "；且" : "，").append(alone == main ? "该药师" : "药师" + alone.code).append("审核了")
                    .append(Math.round(soleShare * 100)).append("%的购药，覆盖每日").append(firstHour).append("时至")
                    .append(lastHour + 1).append("时共").append(openHours).append("个营业小时、每周").append(openDays)
                    .append("天，从未换班");
        }
        why.append("；无人审核的购药").append(unreviewed.size()).append("笔，医保基金支付").append(Money.format(fund)).append("元");
        return List.of(new Finding("MODEL:" + CODE, version(), Category.PHARMACIST_ABSENT, SubjectType.INSTITUTION, key,
                key, null, score, amount, fund, evidence, observed, why.toString()));
    }

    /**
     * The reviewer's sales here in a half hour in which they were recorded at another institution
     * where their working day is no longer than here. Of two places that claim the same person at the
     * same time, the one that claims them for the longer day is the one using the name: the real
     * workplace has them for a shift, the certificate-hanging pharmacy for all its opening hours.
     */
    private List<Claim> clashes(Reviewer r, String here, PharmacistAbsentStatistics stats, Map<String, int[]> where) {
        Map<String, PharmacistAbsentStatistics.SlotSet> places = stats.institutionsOf(r.code);
        PharmacistAbsentStatistics.SlotSet mine = places.get(here);
        if (places.size() < 2 || mine == null) {
            return List.of();
        }
        double myDay = mine.meanDailySpanHours(SLOTS_PER_DAY, SLOT_HOURS);
        Map<String, PharmacistAbsentStatistics.SlotSet> shorter = new TreeMap<>();
        places.forEach((inst, slots) -> {
            if (!inst.equals(here) && slots.meanDailySpanHours(SLOTS_PER_DAY, SLOT_HOURS) <= myDay) {
                shorter.put(inst, slots);
            }
        });
        List<Claim> out = new ArrayList<>();
        for (Claim c : r.sales) {
            long slot = slot(c.visit().begin());
            for (Map.Entry<String, PharmacistAbsentStatistics.SlotSet> e : shorter.entrySet()) {
                if (e.getValue().bracketed(slot, maxGapSlots)) {
                    out.add(c);
                    where.computeIfAbsent(e.getKey(), k -> new int[1])[0]++;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isPharmacySale(Visit v, Region region) {
        if (v.medType() == MedType.PHARMACY_PURCHASE) {
            return true;
        }
        Institution inst = region.institution(v.institutionCode());
        return inst != null && inst.isPharmacy();
    }

    /** By registration; a code without any registration by the contract's prefix (Y = pharmacist). */
    private static boolean isPharmacist(String code, Region region) {
        if (code == null || code.isEmpty()) {
            return false;
        }
        List<Practitioner> regs = region.registrations(code);
        if (regs.isEmpty()) {
            return code.charAt(0) == 'Y';
        }
        for (Practitioner p : regs) {
            if (p.type() == PractitionerType.PHARMACIST) {
                return true;
            }
        }
        return false;
    }

    private static long slot(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) / SLOT_SECONDS;
    }

    private static double clamp(double d) {
        return Math.max(0, Math.min(1, d));
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String fmt1(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
