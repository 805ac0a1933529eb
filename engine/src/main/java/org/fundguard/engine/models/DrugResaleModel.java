package org.fundguard.engine.models;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.Category;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Money;
import org.fundguard.core.Quantity;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.Thresholds;

/**
 * 药品倒卖 (职业开药人): a person who obtains resale-risk drugs (catalogue resale_risk) for many more
 * days than have passed — cumulative days of supply (cnt / units_per_day_dose) against the days from
 * the first dispensing to the data's as-of date — from several institutions and doctors. The lead is
 * the person.
 *
 * <p>A patient on a stable high dose also exceeds one "usual dose" a day, from the institution that
 * treats them, and may pick up an occasional refill elsewhere. Doctor shopping is supply from the
 * other institutions alone far beyond the days elapsed; or, from however few places, a supply no dose
 * explains gathered from several prescribers.
 */
public final class DrugResaleModel implements ScreeningModel<DrugResaleStatistics> {
    public static final String CODE = "DRUG_RESALE";
    static final String RESOURCE = "/org/fundguard/engine/models/drug-resale.properties";

    private final double minSupplyRatio;
    private final double fullSupplyRatio;
    private final int minInstitutions;
    private final double minOthersRatio;
    private final double implausibleRatio;
    private final int implausibleMinPrescribers;
    private final int fullInstitutions;
    private final int fullPrescribers;
    private final double weightSupply;
    private final double weightInstitutions;
    private final double weightPrescribers;

    public DrugResaleModel(Thresholds t) {
        this.minSupplyRatio = t.decimal("supply.min_ratio");
        this.fullSupplyRatio = t.decimal("supply.full_ratio");
        this.minInstitutions = t.integer("institutions.min");
        this.minOthersRatio = t.decimal("secondary.min_ratio");
        this.implausibleRatio = t.decimal("implausible.min_ratio");
        this.implausibleMinPrescribers = t.integer("implausible.min_prescribers");
        this.fullInstitutions = t.integer("institutions.full");
        this.fullPrescribers = t.integer("prescribers.full");
        this.weightSupply = t.decimal("weight.supply");
        this.weightInstitutions = t.decimal("weight.institutions");
        this.weightPrescribers = t.decimal("weight.prescribers");
    }

    public static DrugResaleModel standard() {
        return new DrugResaleModel(Thresholds.fromResource(RESOURCE));
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
        return Category.DRUG_RESALE;
    }

    /** The person, for claims that dispense at least one resale-risk drug with a known daily dose. */
    @Override
    public List<String> keys(Claim claim, Region region) {
        for (FeeDetail line : claim.lines()) {
            if (measurable(region.item(line.listCode()))) {
                return List.of(claim.visit().psnNo());
            }
        }
        return List.of();
    }

    @Override
    public DrugResaleStatistics emptyStatistics() {
        return new DrugResaleStatistics();
    }

    @Override
    public DrugResaleStatistics accumulate(DrugResaleStatistics s, Claim claim, Region region) {
        s.see(claim.visit().begin().toLocalDate());
        if (claim.visit().end() != null) {
            s.see(claim.visit().end().toLocalDate());
        }
        return s;
    }

    @Override
    public DrugResaleStatistics merge(DrugResaleStatistics left, DrugResaleStatistics right) {
        return left.mergeFrom(right);
    }

    /** One resale-risk drug's dispensings to the person. */
    private static final class Supply {
        final CatalogItem item;
        long units;
        LocalDate first;
        LocalDate last;
        double lastDays;
        long amountFen;
        double fundFen;
        final Map<String, long[]> unitsByInstitution = new TreeMap<>();
        final Set<String> prescribers = new TreeSet<>();
        final Set<String> visits = new TreeSet<>();
        final List<String> lines = new ArrayList<>();

        Supply(CatalogItem item) {
            this.item = item;
        }

        double days() {
            return units / (double) item.unitsPerDayDose();
        }

        /** Days of supply from every institution but the one that supplied the most. */
        double daysFromOthers() {
            long top = 0;
            for (long[] u : unitsByInstitution.values()) {
                top = Math.max(top, u[0]);
            }
            return (units - top) / (double) item.unitsPerDayDose();
        }
    }

    /** A drug judged: its supply against the days elapsed, and whether it reads as resale. */
    private record Judged(Supply supply, long elapsed, double ratio, double othersRatio, boolean shopping,
            boolean implausible) {
        boolean flagged() {
            return shopping || implausible;
        }
    }

    @Override
    public List<Finding> screen(String key, List<Claim> group, DrugResaleStatistics stats, Region region) {
        Map<String, Supply> byItem = new TreeMap<>();
        for (Claim c : group) {
            long medfee = SettledAmounts.medfee(c);
            double fundRate = medfee > 0 ? SettledAmounts.fund(c) / (double) medfee : 0;
            for (FeeDetail line : c.lines()) {
                CatalogItem item = region.item(line.listCode());
                if (!measurable(item)) {
                    continue;
                }
                Supply s = byItem.computeIfAbsent(line.listCode(), k -> new Supply(item));
                LocalDate day = line.time().toLocalDate();
                s.units += line.cnt();
                s.amountFen += line.amountFen();
                s.fundFen += line.amountFen() * fundRate;
                s.lines.add(line.feedetlSn());
                s.unitsByInstitution.computeIfAbsent(line.institutionCode(), k -> new long[1])[0] += line.cnt();
                if (line.cnt() > 0) {
                    if (s.first == null || day.isBefore(s.first)) {
                        s.first = day;
                    }
                    if (s.last == null || !day.isBefore(s.last)) {
                        s.last = day;
                        s.lastDays = line.cnt() / (double) item.unitsPerDayDose();
                    }
                    String prescriber = line.orderingPractitioner() != null && !line.orderingPractitioner().isEmpty()
                            ? line.orderingPractitioner() : c.visit().attendingCode();
                    if (prescriber != null && !prescriber.isEmpty()) {
                        s.prescribers.add(prescriber);
                    }
                    s.visits.add(c.visit().mdtrtId());
                }
            }
        }
        List<Judged> flagged = new ArrayList<>();
        for (Supply s : byItem.values()) {
            if (s.first == null || s.units <= 0) {
                continue;
            }
            long elapsed = elapsedDays(s, stats.lastDay());
            double ratio = s.days() / elapsed;
            double others = s.daysFromOthers() / elapsed;
            boolean shopping = ratio >= minSupplyRatio && s.unitsByInstitution.size() >= minInstitutions
                    && others >= minOthersRatio;
            boolean implausible = ratio >= implausibleRatio && s.prescribers.size() >= implausibleMinPrescribers;
            Judged j = new Judged(s, elapsed, ratio, others, shopping, implausible);
            if (j.flagged()) {
                flagged.add(j);
            }
        }
        if (flagged.isEmpty()) {
            return List.of();
        }
        flagged.sort((a, b) -> Double.compare(b.ratio, a.ratio));
        Judged worst = flagged.get(0);
        Supply w = worst.supply;
        double supplySignal = clamp((worst.ratio - 1) / (fullSupplyRatio - 1));
        double institutionSignal = clamp((w.unitsByInstitution.size() - 1) / (double) (fullInstitutions - 1));
        double prescriberSignal = clamp((w.prescribers.size() - 1) / (double) (fullPrescribers - 1));
        double score = clamp(weightSupply * supplySignal + weightInstitutions * institutionSignal
                + weightPrescribers * prescriberSignal);

        // the fund paid for the days of supply beyond the days elapsed, over every flagged drug
        long excessAmount = 0;
        double excessFund = 0;
        Set<String> visits = new TreeSet<>();
        List<String> lines = new ArrayList<>();
        for (Judged j : flagged) {
            double days = j.supply.days();
            double excessShare = (days - j.elapsed) / days;
            excessAmount += Math.round(j.supply.amountFen * excessShare);
            excessFund += j.supply.fundFen * excessShare;
            visits.addAll(j.supply.visits);
            j.supply.lines.forEach(id -> lines.add("fee_details:" + id));
        }
        List<String> evidence = new ArrayList<>();
        evidence.add("persons:" + key);
        visits.forEach(id -> evidence.add("visits:" + id));
        evidence.addAll(lines);
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("item", w.item.code());
        observed.put("units", Quantity.format(w.units));
        observed.put("days_of_supply", fmt1(w.days()));
        observed.put("days_elapsed", Long.toString(worst.elapsed));
        observed.put("supply_ratio", fmt(worst.ratio));
        observed.put("supply_ratio_from_secondary_sources", fmt(worst.othersRatio));
        observed.put("institutions", Integer.toString(w.unitsByInstitution.size()));
        observed.put("prescribers", Integer.toString(w.prescribers.size()));
        observed.put("threshold.supply.min_ratio", fmt(minSupplyRatio));
        observed.put("threshold.institutions.min", Integer.toString(minInstitutions));
        observed.put("threshold.secondary.min_ratio", fmt(minOthersRatio));
        observed.put("threshold.implausible.min_ratio", fmt(implausibleRatio));
        String explanation = "参保人" + key + "自" + w.first + "起在" + w.unitsByInstitution.size() + "家机构、"
                + w.prescribers.size() + "名医师处取得易倒卖药品" + w.item.name() + "共" + Quantity.format(w.units)
                + "单位，按常用量可用" + Math.round(w.days()) + "天，是期间天数" + worst.elapsed + "天的"
                + fmt1(worst.ratio) + "倍（主要取药机构以外取得的即达" + fmt1(worst.othersRatio) + "倍）；超出部分医保基金支付约"
                + Money.format(Math.round(excessFund)) + "元";
        return List.of(new Finding("MODEL:" + CODE, version(), Category.DRUG_RESALE, SubjectType.PERSON, key, null, key,
                score, excessAmount, Math.round(excessFund), evidence, observed, explanation));
    }

    /** From the first dispensing until the later of the as-of date and the end of the last supply. */
    private static long elapsedDays(Supply s, LocalDate asOf) {
        LocalDate end = s.last.plusDays((long) Math.ceil(s.lastDays));
        if (asOf != null && asOf.isAfter(end)) {
            end = asOf;
        }
        return Math.max(1, ChronoUnit.DAYS.between(s.first, end));
    }

    private static boolean measurable(CatalogItem item) {
        return item != null && item.resaleRisk() && item.unitsPerDayDose() != null && item.unitsPerDayDose() > 0;
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
