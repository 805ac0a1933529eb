package org.fundguard.engine.models;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.Thresholds;

/**
 * 过度诊疗/过度检查: an institution whose visits carry far more examinations, tests and high-value
 * consumables than visits of the same diagnosis at other institutions of the same level (like with
 * like, so a tertiary hospital's sicker case mix is compared with tertiary hospitals treating the
 * same diagnoses). A visit's expectation is the median over the other institutions of their mean in
 * its cell (indirect standardisation with a median of institutions, so a few over-servicing
 * institutions cannot mask each other); the institution's observed-to-expected ratio makes the
 * finding, and a ratio rising from the first half of the period to the second raises its score.
 */
public final class ExcessiveServiceModel implements ScreeningModel<ServicePeers> {
    public static final String RESOURCE = "/org/fundguard/engine/models/excessive-service.properties";

    private final Thresholds t;
    private final Set<ChargeCategory> intensive;
    private final long highValueFen;
    private final int diagPrefixLength;
    private final int minCellVisits;
    private final int minPeerInstitutions;
    private final int minVisits;
    private final long minExcessPerVisitFen;
    private final double minRatio;
    private final int maxEvidenceRows;

    public ExcessiveServiceModel(Thresholds t) {
        this.t = t;
        this.intensive = Figures.categories(t.string("service.categories"));
        this.highValueFen = t.fen("high.value.consumable.min.price");
        this.diagPrefixLength = t.integer("diag.prefix.length");
        this.minCellVisits = t.integer("peer.min.cell.visits");
        this.minPeerInstitutions = t.integer("peer.min.institutions");
        this.minVisits = t.integer("min.visits");
        this.minExcessPerVisitFen = t.fen("min.excess.per.visit");
        this.minRatio = t.decimal("min.observed.expected.ratio");
        this.maxEvidenceRows = t.integer("max.evidence.rows");
    }

    public static ExcessiveServiceModel standard() {
        return new ExcessiveServiceModel(Thresholds.fromResource(RESOURCE));
    }

    @Override
    public String code() {
        return "EXCESSIVE_SERVICE_PEER_RATIO";
    }

    @Override
    public String version() {
        return t.string("model.version");
    }

    @Override
    public Category category() {
        return Category.EXCESSIVE_SERVICE;
    }

    @Override
    public List<String> keys(Claim claim, Region region) {
        return judged(claim) ? List.of(claim.visit().institutionCode()) : List.of();
    }

    @Override
    public ServicePeers emptyStatistics() {
        return new ServicePeers();
    }

    @Override
    public ServicePeers accumulate(ServicePeers statistics, Claim claim, Region region) {
        if (judged(claim)) {
            statistics.add(cell(claim, region), claim.visit().institutionCode(), intensity(claim, region));
        }
        return statistics;
    }

    @Override
    public ServicePeers merge(ServicePeers left, ServicePeers right) {
        return left.merge(right);
    }

    private static boolean judged(Claim claim) {
        return claim.visit().medType() != MedType.PHARMACY_PURCHASE;
    }

    /** Examination, test and high-value consumable charges of the visit, in fen. */
    long intensity(Claim claim, Region region) {
        long sum = 0;
        for (FeeDetail l : claim.lines()) {
            CatalogItem item = region.item(l.listCode());
            if (item == null) {
                continue;
            }
            if (intensive.contains(item.chargeCategory())
                    || (item.chargeCategory() == ChargeCategory.CONSUMABLE && l.priceFen() >= highValueFen)) {
                sum += l.amountFen();
            }
        }
        return Math.max(0, sum);
    }

    private String cell(Claim claim, Region region) {
        Institution i = region.institution(claim.visit().institutionCode());
        String level = i == null || i.level() == null ? "?" : i.level().code();
        return level + '|' + (claim.visit().isInpatient() ? "IPT" : "OPT") + '|'
                + Diagnoses.prefix(claim.visit().mainDiag(), diagPrefixLength);
    }

    @Override
    public List<Finding> screen(String code, List<Claim> group, ServicePeers statistics, Region region) {
        Map<String, Double> expectedOf = new HashMap<>();
        int judged = 0;
        int above = 0;
        double observed = 0;
        double expected = 0;
        long excessFee = 0;
        long excessFund = 0;
        Map<YearMonth, double[]> monthly = new TreeMap<>();
        List<String> evidence = new ArrayList<>();
        evidence.add("institutions:" + code);
        for (Claim c : group) {
            String cell = cell(c, region);
            double e = expectedOf.computeIfAbsent(cell,
                    k -> statistics.peerMedian(k, code, minCellVisits, minPeerInstitutions));
            if (Double.isNaN(e)) {
                continue;
            }
            long value = intensity(c, region);
            judged++;
            observed += value;
            expected += e;
            double[] m = monthly.computeIfAbsent(YearMonth.from(c.visit().begin()), k -> new double[2]);
            m[0] += value;
            m[1] += e;
            if (value > e * minRatio) {
                above++;
                long excess = Math.max(0, value - Math.round(e));
                excessFee += excess;
                excessFund += Payments.fundShare(c, excess);
                if (evidence.size() < maxEvidenceRows) {
                    evidence.add("visits:" + c.visit().mdtrtId());
                }
            }
        }
        if (judged < minVisits || (observed - expected) / judged < minExcessPerVisitFen) {
            return List.of();
        }
        // peers that do none of it at all make any amount "infinitely" more; the materiality floor above guards it
        double ratio = expected > 0 ? observed / expected : Double.POSITIVE_INFINITY;
        if (ratio < minRatio) {
            return List.of();
        }
        double share = above / (double) judged;
        double trend = trend(monthly);
        // log scale: twice the peers is half-way, four times saturates
        double score = 0.5 * Math.min(1, Math.log(ratio) / Math.log(4)) + 0.3 * share
                + 0.2 * Math.min(1, Math.max(0, trend - 1));
        Map<String, String> obs = new LinkedHashMap<>();
        obs.put("visits_judged", Integer.toString(judged));
        obs.put("min.visits", Integer.toString(minVisits));
        obs.put("visits_above_ratio", Integer.toString(above));
        obs.put("observed_fen", Long.toString(Math.round(observed)));
        obs.put("expected_fen", Long.toString(Math.round(expected)));
        obs.put("observed_expected_ratio", Double.isInfinite(ratio) ? "inf" : Figures.two(ratio));
        obs.put("min.excess.per.visit", Money.format(minExcessPerVisitFen));
        obs.put("min.observed.expected.ratio", Figures.two(minRatio));
        obs.put("trend_last_vs_first_half", Figures.two(trend));
        Institution inst = region.institution(code);
        String level = inst == null || inst.level() == null ? "" : inst.level().label();
        String why = code + "：" + judged + "人次就诊的检查、化验及高值耗材费用合计" + Money.format(Math.round(observed))
                + "元，为同级别(" + level + ")同诊断其他机构中位水平(" + Money.format(Math.round(expected)) + "元)的"
                + (Double.isInfinite(ratio) ? "无穷" : Figures.two(ratio)) + "倍，其中" + above + "人次超出同类" + Figures.two(minRatio) + "倍"
                + (trend > 1.2 ? "，且后半期较前半期升至" + Figures.two(trend) + "倍" : "")
                + "，超出部分基金支付约" + Money.format(excessFund) + "元。";
        return List.of(new Finding("MODEL:" + code(), version(), category(), SubjectType.INSTITUTION, code, code,
                null, Math.min(1, Math.max(0, score)), excessFee, excessFund, evidence, obs, why));
    }

    /** Observed/expected of the later half of the months over that of the earlier half (1 = flat). */
    private static double trend(Map<YearMonth, double[]> monthly) {
        List<double[]> months = new ArrayList<>(monthly.values());
        if (months.size() < 2) {
            return 1;
        }
        int half = months.size() / 2;
        double o1 = 0;
        double e1 = 0;
        double o2 = 0;
        double e2 = 0;
        for (int i = 0; i < months.size(); i++) {
            if (i < half) {
                o1 += months.get(i)[0];
                e1 += months.get(i)[1];
            } else if (i >= months.size() - half) {
                o2 += months.get(i)[0];
                e2 += months.get(i)[1];
            }
        }
        if (e1 <= 0 || e2 <= 0 || o1 <= 0) {
            return 1;
        }
        return (o2 / e2) / (o1 / e1);
    }

}
