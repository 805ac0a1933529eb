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
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.Thresholds;

/**
 * 重点药品耗材异常增长 (重点药品监测分析): an institution whose spend on key-monitored items rises far
 * faster than its patients explain and than its peers', between the first and the last part of the
 * data's months (the months between show the rise, not its extent), measured against its peers (same institution type and level) with robust statistics
 * (median and MAD of the peers' growth). The lead is the institution.
 *
 * <p>"What its patients explain" is the case-mix-adjusted expectation: each visit at the region's key
 * spend for visits of its type and diagnosis category. A new department that brings its own patients
 * (a stroke unit: stroke stays, treated as stroke stays are treated everywhere) raises spend and the
 * expectation together; listed items spreading to patients whose conditions do not call for them
 * raise spend alone.
 */
public final class DrugSpendSurgeModel implements ScreeningModel<DrugSpendSurgeStatistics> {
    public static final String CODE = "DRUG_SPEND_SURGE";
    static final String RESOURCE = "/org/fundguard/engine/models/drug-spend-surge.properties";
    /** 1.4826 × MAD estimates the standard deviation of normal data (the usual robust scale). */
    private static final double MAD_TO_SIGMA = 1.4826;

    private final int minMonths;
    private final int parts;
    private final int minPeers;
    private final long minBaselineVisits;
    private final double minSpendGrowth;
    private final double minIntensityGrowth;
    private final double fullIntensityGrowth;
    private final double minRobustZ;
    private final double minSpread;
    private final long minSurgeFundFen;
    private final double priorFen;
    private final int maxEvidenceLines;

    public DrugSpendSurgeModel(Thresholds t) {
        this.minMonths = t.integer("months.min");
        this.parts = t.integer("periods.parts");
        this.minPeers = t.integer("peers.min");
        this.minBaselineVisits = t.integer("baseline.min_visits");
        this.minSpendGrowth = t.decimal("growth.min_spend");
        this.minIntensityGrowth = t.decimal("growth.min_adjusted_over_region");
        this.fullIntensityGrowth = t.decimal("growth.full_adjusted_over_region");
        this.minRobustZ = t.decimal("robust.min_z");
        this.minSpread = t.decimal("robust.min_spread");
        this.minSurgeFundFen = t.fen("surge.min_fund_yuan");
        this.priorFen = t.fen("shrinkage.prior_expected_yuan");
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
        Visit v = claim.visit();
        s.add(v.institutionCode(), monthOf(v.begin()), caseOf(v), spend, fund);
        return s;
    }

    /** The case a visit is: its type and the 3-character ICD-10 category of its main diagnosis. */
    static String caseOf(Visit v) {
        String diag = v.mainDiag();
        String category = diag == null || diag.length() < 3 ? "-" : diag.substring(0, 3);
        return (v.medType() == null ? "?" : v.medType().code()) + '|' + category;
    }

    @Override
    public DrugSpendSurgeStatistics merge(DrugSpendSurgeStatistics left, DrugSpendSurgeStatistics right) {
        return left.mergeFrom(right);
    }

    /**
     * One institution's first and last period: key spend (and its fund share in the last), visits, and
     * what those visits would have cost in key items at the region's rates for their cases.
     */
    private record Periods(long spendBefore, long spendAfter, long fundAfter, long visitsBefore, long visitsAfter,
            double expectedBefore, double expectedAfter, int monthsEach) {
        /**
         * Observed over expected key spend (O/E) of the first period, shrunk towards the regional rate
         * (O/E = 1) by a prior worth {@code prior} fen of expected spend: an institution whose
         * patients would need a few listed items has an O/E that says little until it has more.
         */
        double ratioBefore(double prior) {
            return (spendBefore + prior) / (expectedBefore + prior);
        }

        double ratioAfter(double prior) {
            return (spendAfter + prior) / (expectedAfter + prior);
        }

        /** Growth of O/E from the first to the last period, as a log ratio. */
        double logGrowth(double prior) {
            return Math.log(ratioAfter(prior) / ratioBefore(prior));
        }

        boolean measurable(long minVisits) {
            return visitsBefore >= minVisits && visitsAfter > 0 && expectedBefore > 0 && expectedAfter > 0;
        }
    }

    @Override
    public List<Finding> screen(String key, List<Claim> group, DrugSpendSurgeStatistics stats, Region region) {
        int[] range = stats.monthRange();
        if (range == null || range[1] - range[0] + 1 < minMonths) {
            return List.of();
        }
        Periods own = periods(stats.monthsOf(key), range, stats);
        if (!own.measurable(minBaselineVisits) || own.spendAfter == 0) {
            return List.of();
        }
        Institution inst = region.institution(key);
        List<Periods> peers = peers(key, inst, stats, region, range);
        if (peers.size() < minPeers) {
            return List.of();
        }
        // the yardstick is the typical peer: median and MAD of the peers' adjusted growth, so that other
        // surging institutions among them move it no more than any single peer
        double[] peerGrowth = new double[peers.size()];
        for (int i = 0; i < peers.size(); i++) {
            peerGrowth[i] = peers.get(i).logGrowth(priorFen);
        }
        double typical = median(peerGrowth);
        double[] deviations = new double[peerGrowth.length];
        for (int i = 0; i < peerGrowth.length; i++) {
            deviations[i] = Math.abs(peerGrowth[i] - typical);
        }
        double sigma = Math.max(MAD_TO_SIGMA * median(deviations), Math.log(1 + minSpread));
        double excess = own.logGrowth(priorFen) - typical;
        double z = excess / sigma;
        double spendGrowth = own.spendBefore == 0 ? Double.POSITIVE_INFINITY : own.spendAfter / (double) own.spendBefore;
        double perVisitOverRegion = Math.exp(excess);
        if (z < minRobustZ || perVisitOverRegion < minIntensityGrowth || spendGrowth < minSpendGrowth) {
            return List.of();
        }
        // what the last period would have cost with the first period's practice for its case mix, grown like its peers
        double expectedAfter = own.expectedAfter * (own.spendBefore / own.expectedBefore) * Math.exp(typical);
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
        observed.put("months.each_period", Integer.toString(own.monthsEach));
        observed.put("spend.before", Money.format(own.spendBefore));
        observed.put("spend.after", Money.format(own.spendAfter));
        observed.put("visits.before", Long.toString(own.visitsBefore));
        observed.put("visits.after", Long.toString(own.visitsAfter));
        observed.put("growth.spend", fmt(spendGrowth));
        observed.put("expected.before", Money.format(Math.round(own.expectedBefore)));
        observed.put("expected.after", Money.format(Math.round(own.expectedAfter)));
        observed.put("growth.case_mix_adjusted_over_region", fmt(perVisitOverRegion));
        observed.put("growth.peers_typical", fmt(Math.exp(typical)));
        observed.put("peers", Integer.toString(peers.size()));
        observed.put("robust_z", fmt(z));
        observed.put("threshold.robust.min_z", fmt(minRobustZ));
        observed.put("threshold.growth.min_adjusted_over_region", fmt(minIntensityGrowth));
        observed.put("threshold.growth.min_spend", fmt(minSpendGrowth));

        String name = inst != null && inst.isPharmacy() ? "该药店" : "该机构";
        String explanation = name + "重点监控药品耗材支出由最初" + own.monthsEach + "个月的" + Money.format(own.spendBefore)
                + "元增至最近" + own.monthsEach + "个月的" + Money.format(own.spendAfter) + "元（" + fmt1(spendGrowth)
                + "倍），同期就诊量由" + own.visitsBefore + "人次变为" + own.visitsAfter + "人次；按病种结构调整后的增幅为同类"
                + peers.size() + "家机构典型增幅的" + fmt1(perVisitOverRegion) + "倍（稳健Z值" + fmt1(z) + "），超常增长部分约"
                + Money.format(surgeAmount) + "元，其中医保基金支付" + Money.format(surgeFund) + "元";
        return List.of(new Finding("MODEL:" + CODE, version(), Category.DRUG_SPEND_SURGE, SubjectType.INSTITUTION, key,
                key, null, score, surgeAmount, surgeFund, evidence, observed, explanation));
    }

    /** The first and the last of {@code periods.parts} equal parts of the region's months. */
    private Periods periods(TreeMap<Integer, DrugSpendSurgeStatistics.Month> months, int[] range,
            DrugSpendSurgeStatistics stats) {
        int count = range[1] - range[0] + 1;
        int each = Math.max(1, count / parts);
        long sb = 0;
        long sa = 0;
        long fa = 0;
        long vb = 0;
        long va = 0;
        double eb = 0;
        double ea = 0;
        for (Map.Entry<Integer, DrugSpendSurgeStatistics.Month> e : months.entrySet()) {
            int m = e.getKey();
            DrugSpendSurgeStatistics.Month v = e.getValue();
            boolean before = m < range[0] + each;
            if (!before && m <= range[1] - each) {
                continue; // the months in between show the rise, not its extent
            }
            double expected = 0;
            for (Map.Entry<String, long[]> c : v.visitsByCase.entrySet()) {
                expected += c.getValue()[0] * stats.regionalRate(c.getKey());
            }
            if (before) {
                sb += v.spend;
                vb += v.visits;
                eb += expected;
            } else {
                sa += v.spend;
                fa += v.fund;
                va += v.visits;
                ea += expected;
            }
        }
        return new Periods(sb, sa, fa, vb, va, eb, ea, each);
    }

    /**
     * The other institutions of the same type and level; of the same type when too few; all when still
     * too few. The institution itself is left out, so its own surge does not move the yardstick.
     */
    private List<Periods> peers(String self, Institution inst, DrugSpendSurgeStatistics stats, Region region, int[] range) {
        List<List<Periods>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String code : stats.institutions()) {
            if (code.equals(self)) {
                continue;
            }
            Periods h = periods(stats.monthsOf(code), range, stats);
            if (!h.measurable(minBaselineVisits)) {
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
        for (List<Periods> tier : tiers) {
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
