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
 * same diagnoses). Each visit is set against its peers with the institution's own visits taken out:
 * too many visits above the peers' 90th percentile, and an observed-to-expected ratio well above 1,
 * make the finding; a ratio rising month by month raises its score.
 */
public final class ExcessiveServiceModel implements ScreeningModel<ServicePeers> {
    public static final String RESOURCE = "/org/fundguard/engine/models/excessive-service.properties";

    private final Thresholds t;
    private final Set<ChargeCategory> intensive;
    private final long highValueFen;
    private final int diagPrefixLength;
    private final int minPeers;
    private final double peerQuantile;
    private final double trimQuantile;
    private final int minVisits;
    private final double minShareAbove;
    private final double minRatio;
    private final int maxEvidenceRows;

    public ExcessiveServiceModel(Thresholds t) {
        this.t = t;
        this.intensive = PersonActivity.categories(t.string("service.categories"));
        this.highValueFen = t.fen("high.value.consumable.min.price");
        this.diagPrefixLength = t.integer("diag.prefix.length");
        this.minPeers = t.integer("min.peers");
        this.peerQuantile = t.decimal("peer.quantile");
        this.trimQuantile = t.decimal("expected.trim.quantile");
        this.minVisits = t.integer("min.visits");
        this.minShareAbove = t.decimal("min.share.above.peer.quantile");
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
            statistics.add(cell(claim, region), intensity(claim, region));
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
        // the institution's own visits are taken out of its peer cells
        Map<String, QuantileSketch> own = new HashMap<>();
        long[] values = new long[group.size()];
        String[] cells = new String[group.size()];
        for (int i = 0; i < group.size(); i++) {
            cells[i] = cell(group.get(i), region);
            values[i] = intensity(group.get(i), region);
            own.computeIfAbsent(cells[i], k -> new QuantileSketch()).add(values[i]);
        }
        Map<String, double[]> peerOf = new HashMap<>();
        for (Map.Entry<String, QuantileSketch> e : own.entrySet()) {
            QuantileSketch all = statistics.cell(e.getKey());
            QuantileSketch peers = all == null ? null : all.minus(e.getValue());
            if (peers != null && peers.count() >= minPeers) {
                peerOf.put(e.getKey(), new double[] {peers.quantile(peerQuantile), peers.trimmedMean(trimQuantile)});
            }
        }
        int judged = 0;
        int above = 0;
        double observed = 0;
        double expected = 0;
        long excessFee = 0;
        long excessFund = 0;
        Map<YearMonth, double[]> monthly = new TreeMap<>();
        List<String> evidence = new ArrayList<>();
        evidence.add("institutions:" + code);
        for (int i = 0; i < group.size(); i++) {
            double[] p = peerOf.get(cells[i]);
            if (p == null) {
                continue;
            }
            Claim c = group.get(i);
            judged++;
            observed += values[i];
            expected += p[1];
            double[] m = monthly.computeIfAbsent(YearMonth.from(c.visit().begin()), k -> new double[2]);
            m[0] += values[i];
            m[1] += p[1];
            if (values[i] > p[0]) {
                above++;
                long excess = Math.max(0, values[i] - Math.round(p[1]));
                excessFee += excess;
                excessFund += Payments.fundShare(c, excess);
                if (evidence.size() < maxEvidenceRows) {
                    evidence.add("visits:" + c.visit().mdtrtId());
                }
            }
        }
        if (judged < minVisits || expected <= 0) {
            return List.of();
        }
        double share = above / (double) judged;
        double ratio = observed / expected;
        if (share < minShareAbove || ratio < minRatio) {
            return List.of();
        }
        double trend = trend(monthly);
        double baseline = 1 - peerQuantile;
        double score = 0.4 * Math.min(1, (share - baseline) / (1 - baseline))
                + 0.4 * Math.min(1, (ratio - 1) / 2)
                + 0.2 * Math.min(1, Math.max(0, trend - 1));
        Map<String, String> obs = new LinkedHashMap<>();
        obs.put("visits_judged", Integer.toString(judged));
        obs.put("visits_above_peer_quantile", Integer.toString(above));
        obs.put("share_above", FakeAdmissionModel.fmt(share));
        obs.put("min.share.above.peer.quantile", FakeAdmissionModel.fmt(minShareAbove));
        obs.put("peer.quantile", FakeAdmissionModel.fmt(peerQuantile));
        obs.put("observed_expected_ratio", FakeAdmissionModel.fmt(ratio));
        obs.put("min.observed.expected.ratio", FakeAdmissionModel.fmt(minRatio));
        obs.put("trend_last_vs_first_half", FakeAdmissionModel.fmt(trend));
        Institution inst = region.institution(code);
        String level = inst == null || inst.level() == null ? "" : inst.level().label();
        String why = code + "：" + judged + "人次就诊中" + above + "人次（" + pct(share) + "）的检查、化验及高值耗材费用高于同级别("
                + level + ")同诊断机构的" + Math.round(peerQuantile * 100) + "百分位，总额为同类预期的"
                + FakeAdmissionModel.fmt(ratio) + "倍" + (trend > 1.2 ? "，且后半期较前半期升至" + FakeAdmissionModel.fmt(trend) + "倍" : "")
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

    private static String pct(double share) {
        return Math.round(share * 100) + "%";
    }
}
