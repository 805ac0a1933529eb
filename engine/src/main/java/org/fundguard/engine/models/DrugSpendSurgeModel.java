package org.fundguard.engine.models;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.Category;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Institution;
import org.fundguard.core.Money;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.Thresholds;

/**
 * 重点药品耗材异常增长 (重点药品监测分析): an institution whose spend on key-monitored items per visit
 * rises far faster than the region's, measured against its peers (same institution type and level)
 * with robust statistics (median and MAD of the peers' growth), over the first and the second half of
 * the data's months. The lead is the institution.
 *
 * <p>Growth is per visit: a new department that brings its own patients raises spend and patient
 * volume together and leaves spend per visit where it was.
 */
public final class DrugSpendSurgeModel implements ScreeningModel<DrugSpendSurgeStatistics> {
    public static final String CODE = "DRUG_SPEND_SURGE";
    static final String RESOURCE = "/org/fundguard/engine/models/drug-spend-surge.properties";
    /** 1.4826 × MAD estimates the standard deviation of normal data (the usual robust scale). */
    private static final double MAD_TO_SIGMA = 1.4826;

    private final int minMonths;
    private final int minPeers;
    private final long minBaselineVisits;
    private final double minSpendGrowth;
    private final double minIntensityGrowth;
    private final double fullIntensityGrowth;
    private final double minRobustZ;
    private final double minSpread;
    private final long minSurgeFundFen;
    private final double emptyBaselineFloor;
    private final int maxEvidenceLines;

    public DrugSpendSurgeModel(Thresholds t) {
        this.minMonths = t.integer("months.min");
        this.minPeers = t.integer("peers.min");
        this.minBaselineVisits = t.integer("baseline.min_visits");
        this.minSpendGrowth = t.decimal("growth.min_spend");
        this.minIntensityGrowth = t.decimal("growth.min_per_visit_over_region");
        this.fullIntensityGrowth = t.decimal("growth.full_per_visit_over_region");
        this.minRobustZ = t.decimal("robust.min_z");
        this.minSpread = t.decimal("robust.min_spread");
        this.minSurgeFundFen = t.fen("surge.min_fund_yuan");
        this.emptyBaselineFloor = t.decimal("baseline.empty_floor_share");
        this.maxEvidenceLines = t.integer("evidence.max_lines");
    }

    public static DrugSpendSurgeModel standard() {
        return new DrugSpendSurgeModel(Thresholds.fromResource(RESOURCE));
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
        return Category.DRUG_SPEND_SURGE;
    }

    /** The institution, for claims with key-monitored lines (its volume comes from the statistics). */
    @Override
    public List<String> keys(Claim claim, Region region) {
        for (FeeDetail line : claim.lines()) {
            CatalogItem item = region.item(line.listCode());
            if (item != null && item.keyMonitored()) {
                return List.of(claim.visit().institutionCode());
            }
        }
        return List.of();
    }

    @Override
    public DrugSpendSurgeStatistics emptyStatistics() {
        return new DrugSpendSurgeStatistics();
    }

    @Override
    public DrugSpendSurgeStatistics accumulate(DrugSpendSurgeStatistics s, Claim claim, Region region) {
        long spend = 0;
        for (FeeDetail line : claim.lines()) {
            CatalogItem item = region.item(line.listCode());
            if (item != null && item.keyMonitored()) {
                spend += line.amountFen();
            }
        }
        long fund = spend == 0 ? 0 : SettledAmounts.fundShareOf(claim, spend);
        s.add(claim.visit().institutionCode(), monthOf(claim.visit().begin()), spend, fund, 1);
        return s;
    }

    @Override
    public DrugSpendSurgeStatistics merge(DrugSpendSurgeStatistics left, DrugSpendSurgeStatistics right) {
        return left.mergeFrom(right);
    }

    /** One institution's two halves: key spend, its fund share and visits before and after the middle. */
    private record Halves(long spendBefore, long spendAfter, long fundAfter, long visitsBefore, long visitsAfter,
            int monthsEach) {
        double perVisitBefore() {
            return spendBefore / (double) visitsBefore;
        }

        double perVisitAfter() {
            return spendAfter / (double) visitsAfter;
        }
    }

    @Override
    public List<Finding> screen(String key, List<Claim> group, DrugSpendSurgeStatistics stats, Region region) {
        int[] range = stats.monthRange();
        if (range == null || range[1] - range[0] + 1 < minMonths) {
            return List.of();
        }
        Halves own = halves(stats.monthsOf(key), range);
        if (own.visitsBefore < minBaselineVisits || own.visitsAfter == 0 || own.spendAfter == 0) {
            return List.of();
        }
        Institution inst = region.institution(key);
        List<Halves> peers = peers(key, inst, stats, region, range);
        if (peers.size() < minPeers) {
            return List.of();
        }
        long peerSpendBefore = 0;
        long peerSpendAfter = 0;
        long peerVisitsBefore = 0;
        long peerVisitsAfter = 0;
        for (Halves h : peers) {
            peerSpendBefore += h.spendBefore;
            peerSpendAfter += h.spendAfter;
            peerVisitsBefore += h.visitsBefore;
            peerVisitsAfter += h.visitsAfter;
        }
        if (peerSpendBefore == 0) {
            return List.of();
        }
        double regionBefore = peerSpendBefore / (double) peerVisitsBefore;
        double regionGrowth = (peerSpendAfter / (double) peerVisitsAfter) / regionBefore;
        double floor = emptyBaselineFloor * regionBefore;

        double[] peerExcess = new double[peers.size()];
        for (int i = 0; i < peers.size(); i++) {
            peerExcess[i] = excessGrowth(peers.get(i), floor, regionGrowth);
        }
        double median = median(peerExcess);
        double[] deviations = new double[peerExcess.length];
        for (int i = 0; i < peerExcess.length; i++) {
            deviations[i] = Math.abs(peerExcess[i] - median);
        }
        double sigma = Math.max(MAD_TO_SIGMA * median(deviations), Math.log(1 + minSpread));
        double excess = excessGrowth(own, floor, regionGrowth);
        double z = (excess - median) / sigma;
        double spendGrowth = own.spendBefore == 0 ? Double.POSITIVE_INFINITY : own.spendAfter / (double) own.spendBefore;
        double perVisitOverRegion = Math.exp(excess);
        if (z < minRobustZ || perVisitOverRegion < minIntensityGrowth || spendGrowth < minSpendGrowth) {
            return List.of();
        }
        // what the second half would have cost at the first half's spend per visit grown like the region
        double expectedAfter = own.perVisitBefore() * own.visitsAfter * regionGrowth;
        long surgeAmount = Math.max(0, Math.round(own.spendAfter - expectedAfter));
        long surgeFund = own.spendAfter == 0 ? 0 : Math.round(own.fundAfter * (surgeAmount / (double) own.spendAfter));
        if (surgeFund < minSurgeFundFen) {
            return List.of();
        }
        double score = clamp(Math.log(perVisitOverRegion) / Math.log(fullIntensityGrowth));

        int middle = range[0] + (range[1] - range[0] + 1) - own.monthsEach;
        List<String> evidence = new ArrayList<>();
        evidence.add("institutions:" + key);
        evidence.addAll(topLines(group, region, middle));
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("months.each_half", Integer.toString(own.monthsEach));
        observed.put("spend.before", Money.format(own.spendBefore));
        observed.put("spend.after", Money.format(own.spendAfter));
        observed.put("visits.before", Long.toString(own.visitsBefore));
        observed.put("visits.after", Long.toString(own.visitsAfter));
        observed.put("growth.spend", fmt(spendGrowth));
        observed.put("growth.per_visit_over_region", fmt(perVisitOverRegion));
        observed.put("growth.region_per_visit", fmt(regionGrowth));
        observed.put("peers", Integer.toString(peers.size()));
        observed.put("robust_z", fmt(z));
        observed.put("threshold.robust.min_z", fmt(minRobustZ));
        observed.put("threshold.growth.min_per_visit_over_region", fmt(minIntensityGrowth));
        observed.put("threshold.growth.min_spend", fmt(minSpendGrowth));

        String name = inst != null && inst.isPharmacy() ? "该药店" : "该机构";
        String explanation = name + "重点监控药品耗材支出由前" + own.monthsEach + "个月的" + Money.format(own.spendBefore)
                + "元增至后" + own.monthsEach + "个月的" + Money.format(own.spendAfter) + "元（" + fmt1(spendGrowth)
                + "倍），同期就诊量由" + own.visitsBefore + "人次变为" + own.visitsAfter + "人次；每人次支出增幅为同类"
                + peers.size() + "家机构整体的" + fmt1(perVisitOverRegion) + "倍（稳健Z值" + fmt1(z) + "），超常增长部分约"
                + Money.format(surgeAmount) + "元，其中医保基金支付" + Money.format(surgeFund) + "元";
        return List.of(new Finding("MODEL:" + CODE, version(), Category.DRUG_SPEND_SURGE, SubjectType.INSTITUTION, key,
                key, null, score, surgeAmount, surgeFund, evidence, observed, explanation));
    }

    /** Per-visit growth of key spend beyond the region's, as a log ratio (0 = grew like the region). */
    private static double excessGrowth(Halves h, double floor, double regionGrowth) {
        double before = Math.max(h.perVisitBefore(), floor);
        double after = Math.max(h.perVisitAfter(), floor);
        return Math.log(after / before) - Math.log(regionGrowth);
    }

    private Halves halves(TreeMap<Integer, long[]> months, int[] range) {
        int count = range[1] - range[0] + 1;
        int each = count / 2;
        long sb = 0;
        long sa = 0;
        long fa = 0;
        long vb = 0;
        long va = 0;
        for (Map.Entry<Integer, long[]> e : months.entrySet()) {
            int m = e.getKey();
            long[] v = e.getValue();
            if (m < range[0] + each) {
                sb += v[DrugSpendSurgeStatistics.SPEND];
                vb += v[DrugSpendSurgeStatistics.VISITS];
            } else if (m > range[1] - each) {
                sa += v[DrugSpendSurgeStatistics.SPEND];
                fa += v[DrugSpendSurgeStatistics.FUND];
                va += v[DrugSpendSurgeStatistics.VISITS];
            }
        }
        return new Halves(sb, sa, fa, vb, va, each);
    }

    /**
     * The other institutions of the same type and level; of the same type when too few; all when still
     * too few. The institution itself is left out, so its own surge does not move the yardstick.
     */
    private List<Halves> peers(String self, Institution inst, DrugSpendSurgeStatistics stats, Region region, int[] range) {
        List<List<Halves>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String code : stats.institutions()) {
            if (code.equals(self)) {
                continue;
            }
            Halves h = halves(stats.monthsOf(code), range);
            if (h.visitsBefore < minBaselineVisits || h.visitsAfter == 0) {
                continue;
            }
            Institution other = region.institution(code);
            tiers.get(2).add(h);
            if (inst != null && other != null && other.type() == inst.type()) {
                tiers.get(1).add(h);
                if (other.level() == inst.level()) {
                    tiers.get(0).add(h);
                }
            }
        }
        for (List<Halves> tier : tiers) {
            if (tier.size() >= minPeers) {
                return tier;
            }
        }
        return tiers.get(2);
    }

    private List<String> topLines(List<Claim> group, Region region, int fromMonth) {
        List<FeeDetail> lines = new ArrayList<>();
        for (Claim c : group) {
            for (FeeDetail line : c.lines()) {
                CatalogItem item = region.item(line.listCode());
                if (item != null && item.keyMonitored() && monthOf(line.time()) >= fromMonth) {
                    lines.add(line);
                }
            }
        }
        lines.sort(Comparator.comparingLong(FeeDetail::amountFen).reversed().thenComparing(FeeDetail::feedetlSn));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(maxEvidenceLines, lines.size()); i++) {
            ids.add("fee_details:" + lines.get(i).feedetlSn());
        }
        return ids;
    }

    private static int monthOf(LocalDateTime t) {
        return t.getYear() * 12 + t.getMonthValue() - 1;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
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
