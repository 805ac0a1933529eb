package org.fundguard.engine.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.Category;
import org.fundguard.core.ChargeCategory;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Institution;
import org.fundguard.core.MedType;
import org.fundguard.core.Money;
import org.fundguard.core.Quantity;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.Thresholds;

/**
 * 超诊疗能力收费: an institution billing more than its declared capacity can deliver — more
 * haemodialysis sessions in a day than its machines can run in the shifts of a day, more patients in
 * bed at midnight than it has approved beds, or a practitioner whose billed services take longer than
 * a day. A day counts only when capacity is exceeded, so a full ward in the flu season (near but below
 * its beds) is never flagged; a few such days are needed, so a single mis-dated discharge is not.
 */
public final class CapacityModel implements ScreeningModel<NoRegionStatistics> {
    public static final String RESOURCE = "/org/fundguard/engine/models/capacity-exceeded.properties";

    private final Thresholds t;
    private final List<String> dialysisKeywords;
    private final List<String> dialysisDiagnoses;
    private final int shiftsPerDay;
    private final double maxBedOccupancy;
    private final int minOverDays;
    private final double consultationMinutes;
    private final double operationMinutes;
    private final double practitionerHoursPerDay;
    private final int maxEvidenceRows;

    public CapacityModel(Thresholds t) {
        this.t = t;
        this.dialysisKeywords = Figures.list(t.string("dialysis.item.name.keywords"));
        this.dialysisDiagnoses = Figures.list(t.string("dialysis.diag.prefixes"));
        this.shiftsPerDay = t.integer("dialysis.shifts.per.day");
        this.maxBedOccupancy = t.decimal("max.bed.occupancy");
        this.minOverDays = t.integer("min.over.days");
        this.consultationMinutes = t.decimal("minutes.per.consultation");
        this.operationMinutes = t.decimal("minutes.per.operation");
        this.practitionerHoursPerDay = t.decimal("max.practitioner.hours.per.day");
        this.maxEvidenceRows = t.integer("max.evidence.rows");
    }

    public static CapacityModel standard() {
        return new CapacityModel(Thresholds.fromResource(RESOURCE));
    }

    @Override
    public String code() {
        return "CAPACITY_EXCEEDED_DAILY_LOAD";
    }

    @Override
    public String version() {
        return t.string("model.version");
    }

    @Override
    public Category category() {
        return Category.CAPACITY_EXCEEDED;
    }

    @Override
    public List<String> keys(Claim claim, Region region) {
        if (claim.visit().medType() == MedType.PHARMACY_PURCHASE) {
            return List.of();
        }
        return List.of(claim.visit().institutionCode());
    }

    @Override
    public NoRegionStatistics emptyStatistics() {
        return NoRegionStatistics.NONE;
    }

    @Override
    public NoRegionStatistics accumulate(NoRegionStatistics statistics, Claim claim, Region region) {
        return statistics;
    }

    @Override
    public NoRegionStatistics merge(NoRegionStatistics left, NoRegionStatistics right) {
        return left;
    }

    @Override
    public List<Finding> screen(String code, List<Claim> group, NoRegionStatistics none, Region region) {
        Institution inst = region.institution(code);
        if (inst == null) {
            return List.of();
        }
        List<Overload> overloads = new ArrayList<>();
        Overload dialysis = dialysis(inst, group, region, dialysisItems(region));
        if (dialysis != null) {
            overloads.add(dialysis);
        }
        Overload beds = beds(inst, group);
        if (beds != null) {
            overloads.add(beds);
        }
        Overload hours = practitionerHours(group, region);
        if (hours != null) {
            overloads.add(hours);
        }
        if (overloads.isEmpty()) {
            return List.of();
        }
        return List.of(finding(inst, overloads));
    }

    /** One kind of overload: over how many days, by how much, which rows, what it cost. */
    private record Overload(String kind, int overDays, double maxRatio, long excessUnits, long amountFen,
            long fundFen, List<String> evidence, String sentence) {
    }

    /** Catalogue codes whose name says haemodialysis (looked up once, not per line). */
    private Set<String> dialysisItems(Region region) {
        Set<String> codes = new HashSet<>();
        for (CatalogItem item : region.catalog().values()) {
            for (String k : dialysisKeywords) {
                if (item.name() != null && item.name().contains(k)) {
                    codes.add(item.code());
                }
            }
        }
        return codes;
    }

    private Overload dialysis(Institution inst, List<Claim> group, Region region, Set<String> dialysisItems) {
        // sessions per day = distinct patients dialysed that day
        Map<LocalDate, Set<String>> patients = new TreeMap<>();
        Map<LocalDate, List<Claim>> claimsOfDay = new HashMap<>();
        long sessionFee = 0;
        long sessionFund = 0;
        long sessions = 0;
        for (Claim c : group) {
            boolean dialysisDiag = Diagnoses.startsWithAny(c.visit().mainDiag(), dialysisDiagnoses);
            Set<LocalDate> days = new HashSet<>();
            for (FeeDetail l : c.lines()) {
                if (l.cnt() > 0 && (dialysisItems.contains(l.listCode())
                        || dialysisDiag && isTreatment(region.item(l.listCode())))) {
                    days.add(l.time().toLocalDate());
                }
            }
            for (LocalDate d : days) {
                if (patients.computeIfAbsent(d, k -> new HashSet<>()).add(c.visit().psnNo())) {
                    claimsOfDay.computeIfAbsent(d, k -> new ArrayList<>()).add(c);
                }
            }
            if (!days.isEmpty()) {
                sessions += days.size();
                sessionFee += Payments.medicalFee(c);
                sessionFund += Payments.fundPaid(c);
            }
        }
        if (patients.isEmpty()) {
            return null;
        }
        int capacity = inst.dialysisMachines() * shiftsPerDay;
        int overDays = 0;
        long excess = 0;
        double maxRatio = 0;
        int peak = 0;
        LocalDate peakDay = null;
        List<String> evidence = new ArrayList<>();
        for (Map.Entry<LocalDate, Set<String>> e : patients.entrySet()) {
            int n = e.getValue().size();
            if (n > capacity) {
                overDays++;
                excess += n - capacity;
                maxRatio = Math.max(maxRatio, capacity == 0 ? Double.POSITIVE_INFINITY : n / (double) capacity);
                for (Claim c : claimsOfDay.get(e.getKey())) {
                    if (evidence.size() < maxEvidenceRows) {
                        evidence.add("visits:" + c.visit().mdtrtId());
                    }
                }
            }
            if (n > peak) {
                peak = n;
                peakDay = e.getKey();
            }
        }
        if (overDays < minOverDays) {
            return null;
        }
        long perSessionFee = sessionFee / Math.max(1, sessions);
        long perSessionFund = sessionFund / Math.max(1, sessions);
        String sentence = "血液透析机" + inst.dialysisMachines() + "台×每日" + shiftsPerDay + "班=日最多" + capacity
                + "人次，但有" + overDays + "天超出，最多一天(" + peakDay + ")透析" + peak + "人次，超出合计" + excess + "人次";
        return new Overload("dialysis", overDays, maxRatio, excess, excess * perSessionFee, excess * perSessionFund,
                evidence, sentence);
    }

    private static boolean isTreatment(CatalogItem item) {
        return item != null && item.chargeCategory() == ChargeCategory.TREATMENT;
    }

    private Overload beds(Institution inst, List<Claim> group) {
        // midnight census (实际占用床日): a stay occupies a bed on the nights from admission to discharge
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Claim c : group) {
            if (c.visit().isInpatient() && c.visit().end() != null) {
                first = Math.min(first, c.visit().begin().toLocalDate().toEpochDay());
                last = Math.max(last, c.visit().end().toLocalDate().toEpochDay());
            }
        }
        if (first > last) {
            return null;
        }
        int[] census = new int[(int) (last - first + 1)];
        long bedDays = 0;
        long stayFee = 0;
        long stayFund = 0;
        for (Claim c : group) {
            if (c.visit().isInpatient() && c.visit().end() != null) {
                int from = (int) (c.visit().begin().toLocalDate().toEpochDay() - first);
                int to = (int) (c.visit().end().toLocalDate().toEpochDay() - first);
                for (int d = from; d < to; d++) {
                    census[d]++;
                }
                bedDays += to - from;
                stayFee += Payments.medicalFee(c);
                stayFund += Payments.fundPaid(c);
            }
        }
        double limit = inst.beds() * maxBedOccupancy;
        boolean[] over = new boolean[census.length];
        int overDays = 0;
        long excess = 0;
        double maxRatio = 0;
        int peak = 0;
        int peakDay = 0;
        for (int d = 0; d < census.length; d++) {
            if (census[d] > limit) {
                over[d] = true;
                overDays++;
                excess += (long) Math.ceil(census[d] - limit);
                maxRatio = Math.max(maxRatio, inst.beds() == 0 ? Double.POSITIVE_INFINITY : census[d] / (double) inst.beds());
            }
            if (census[d] > peak) {
                peak = census[d];
                peakDay = d;
            }
        }
        if (overDays < minOverDays) {
            return null;
        }
        List<String> evidence = new ArrayList<>();
        for (Claim c : group) {
            if (evidence.size() >= maxEvidenceRows) {
                break;
            }
            if (c.visit().isInpatient() && c.visit().end() != null) {
                int from = (int) (c.visit().begin().toLocalDate().toEpochDay() - first);
                int to = (int) (c.visit().end().toLocalDate().toEpochDay() - first);
                for (int d = from; d < to; d++) {
                    if (over[d]) {
                        evidence.add("visits:" + c.visit().mdtrtId());
                        break;
                    }
                }
            }
        }
        long perBedDayFee = stayFee / Math.max(1, bedDays);
        long perBedDayFund = stayFund / Math.max(1, bedDays);
        String sentence = "核定床位" + inst.beds() + "张，但有" + overDays + "天在院人数超过床位，最多一天("
                + LocalDate.ofEpochDay(first + peakDay) + ")在院" + peak + "人，超出床日合计" + excess + "个";
        return new Overload("beds", overDays, maxRatio, excess, excess * perBedDayFee, excess * perBedDayFund,
                evidence, sentence);
    }

    private Overload practitionerHours(List<Claim> group, Region region) {
        // minutes per (practitioner, day): consultations attended plus operations ordered
        Map<String, Map<LocalDate, double[]>> minutes = new TreeMap<>();
        Map<String, Map<LocalDate, List<Claim>>> claimsOf = new HashMap<>();
        for (Claim c : group) {
            String attending = c.visit().attendingCode();
            if (attending != null && !attending.isEmpty() && !c.visit().isInpatient()) {
                LocalDate d = c.visit().begin().toLocalDate();
                minutes.computeIfAbsent(attending, k -> new HashMap<>()).computeIfAbsent(d, k -> new double[1])[0]
                        += consultationMinutes;
                claimsOf.computeIfAbsent(attending, k -> new HashMap<>()).computeIfAbsent(d, k -> new ArrayList<>())
                        .add(c);
            }
            for (FeeDetail l : c.lines()) {
                CatalogItem item = region.item(l.listCode());
                String who = l.orderingPractitioner();
                // an operation is the surgeon's own time; infusions, oxygen and nebulisers ordered by a doctor
                // are delivered by nurses and devices, so they do not count against the doctor's day
                if (l.cnt() <= 0 || item == null || who == null || who.isEmpty()
                        || item.chargeCategory() != ChargeCategory.SURGERY) {
                    continue;
                }
                LocalDate d = l.time().toLocalDate();
                minutes.computeIfAbsent(who, k -> new HashMap<>()).computeIfAbsent(d, k -> new double[1])[0]
                        += Quantity.toDouble(l.cnt()) * operationMinutes;
                List<Claim> list = claimsOf.computeIfAbsent(who, k -> new HashMap<>())
                        .computeIfAbsent(d, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != c) {
                    list.add(c);
                }
            }
        }
        int overDays = 0;
        double maxHours = 0;
        String worst = null;
        LocalDate worstDay = null;
        double excessHours = 0;
        long amount = 0;
        long fund = 0;
        List<String> evidence = new ArrayList<>();
        for (Map.Entry<String, Map<LocalDate, double[]>> p : minutes.entrySet()) {
            for (Map.Entry<LocalDate, double[]> d : new TreeMap<>(p.getValue()).entrySet()) {
                double hours = d.getValue()[0] / 60.0;
                if (hours <= practitionerHoursPerDay) {
                    continue;
                }
                overDays++;
                excessHours += hours - practitionerHoursPerDay;
                List<Claim> cs = claimsOf.get(p.getKey()).get(d.getKey());
                long dayFee = 0;
                long dayFund = 0;
                for (Claim c : cs) {
                    dayFee += Payments.medicalFee(c);
                    dayFund += Payments.fundPaid(c);
                    if (evidence.size() < maxEvidenceRows) {
                        evidence.add("visits:" + c.visit().mdtrtId());
                    }
                }
                double excessShare = (hours - practitionerHoursPerDay) / hours;
                amount += Math.round(dayFee * excessShare);
                fund += Math.round(dayFund * excessShare);
                if (hours > maxHours) {
                    maxHours = hours;
                    worst = p.getKey();
                    worstDay = d.getKey();
                }
            }
        }
        if (overDays < minOverDays) {
            return null;
        }
        String sentence = "医师" + worst + "于" + worstDay + "计费服务折合" + Math.round(maxHours) + "小时，共" + overDays
                + "个医师日超过" + Math.round(practitionerHoursPerDay) + "小时";
        return new Overload("practitioner_hours", overDays, maxHours / practitionerHoursPerDay,
                Math.round(excessHours), amount, fund, evidence, sentence);
    }

    private Finding finding(Institution inst, List<Overload> overloads) {
        long amount = 0;
        long fund = 0;
        int overDays = 0;
        double maxRatio = 0;
        List<String> evidence = new ArrayList<>();
        evidence.add("institutions:" + inst.code());
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("dialysis_machines", Integer.toString(inst.dialysisMachines()));
        observed.put("dialysis.shifts.per.day", Integer.toString(shiftsPerDay));
        observed.put("beds", Integer.toString(inst.beds()));
        observed.put("max.bed.occupancy", Figures.two(maxBedOccupancy));
        observed.put("max.practitioner.hours.per.day", Figures.two(practitionerHoursPerDay));
        observed.put("min.over.days", Integer.toString(minOverDays));
        List<String> sentences = new ArrayList<>();
        for (Overload o : overloads) {
            amount += o.amountFen();
            fund += o.fundFen();
            overDays += o.overDays();
            maxRatio = Math.max(maxRatio, o.maxRatio());
            for (String e : o.evidence()) {
                if (!evidence.contains(e)) {
                    evidence.add(e);
                }
            }
            observed.put(o.kind() + "_over_days", Integer.toString(o.overDays()));
            observed.put(o.kind() + "_max_ratio", Double.isInfinite(o.maxRatio()) ? "inf" : Figures.two(o.maxRatio()));
            observed.put(o.kind() + "_excess", Long.toString(o.excessUnits()));
            sentences.add(o.sentence());
        }
        // how far over (a third over capacity saturates) and how persistently (a month of days saturates)
        double ratioPart = Double.isInfinite(maxRatio) ? 1 : Math.min(1, (maxRatio - 1) / 0.34);
        double score = 0.5 * ratioPart + 0.5 * Math.min(1, overDays / 30.0);
        String why = inst.code() + "：" + String.join("；", sentences) + "，超能力部分基金支付约" + Money.format(fund) + "元。";
        return new Finding("MODEL:" + code(), version(), category(), SubjectType.INSTITUTION, inst.code(),
                inst.code(), null, Math.min(1, Math.max(0, score)), amount, fund, evidence, observed, why);
    }
}
