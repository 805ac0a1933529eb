package org.fundguard.engine.models;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.Category;
import org.fundguard.core.ChargeCategory;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Money;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.Thresholds;

/**
 * 挂床住院: a stay with real treatment on some days and a stretch of at least three days with no
 * nursing, treatment or drug line at all, often while the patient is seen at other institutions.
 * The days that do carry care must look like a normal stay of the diagnosis (otherwise the whole
 * stay is hollow, which is a fake admission, not a hanging bed). Leave days and day surgery that
 * are documented with nursing lines are care, so they never open a gap.
 */
public final class BedHangingModel implements ScreeningModel<CarePeers> {
    public static final String RESOURCE = "/org/fundguard/engine/models/bed-hanging.properties";

    private final Thresholds t;
    private final Set<ChargeCategory> care;
    private final int minGapHours;
    private final int minCareDays;
    private final int diagPrefixLength;
    private final int minPeers;
    private final int peerMinLengthOfStay;
    private final double minActiveDayRatio;
    private final double weightGap;
    private final double weightShare;
    private final double weightElsewhere;

    public BedHangingModel(Thresholds t) {
        this.t = t;
        this.care = Figures.categories(t.string("care.categories"));
        this.minGapHours = t.integer("min.gap.hours");
        this.minCareDays = t.integer("min.care.days");
        this.diagPrefixLength = t.integer("diag.prefix.length");
        this.minPeers = t.integer("min.peers");
        this.peerMinLengthOfStay = t.integer("peer.min.length.of.stay");
        this.minActiveDayRatio = t.decimal("min.active.day.ratio");
        this.weightGap = t.decimal("weight.gap");
        this.weightShare = t.decimal("weight.share");
        this.weightElsewhere = t.decimal("weight.elsewhere");
    }

    public static BedHangingModel standard() {
        return new BedHangingModel(Thresholds.fromResource(RESOURCE));
    }

    @Override
    public String code() {
        return "BED_HANGING_CARE_GAP";
    }

    @Override
    public String version() {
        return t.string("model.version");
    }

    @Override
    public Category category() {
        return Category.BED_HANGING;
    }

    @Override
    public List<String> keys(Claim claim, Region region) {
        return List.of(claim.visit().psnNo());
    }

    @Override
    public CarePeers emptyStatistics() {
        return new CarePeers();
    }

    @Override
    public CarePeers accumulate(CarePeers statistics, Claim claim, Region region) {
        if (claim.visit().isInpatient()) {
            statistics.add(StayProfile.of(claim, region, care), region, peerMinLengthOfStay, diagPrefixLength);
        }
        return statistics;
    }

    @Override
    public CarePeers merge(CarePeers left, CarePeers right) {
        return left.merge(right);
    }

    @Override
    public List<Finding> screen(String psnNo, List<Claim> group, CarePeers peers, Region region) {
        List<Finding> findings = new ArrayList<>();
        for (Claim claim : group) {
            if (!claim.visit().isInpatient()) {
                continue;
            }
            StayProfile stay = StayProfile.of(claim, region, care);
            double gapHours = stay.gapHours();
            if (gapHours < minGapHours || stay.careDays < minCareDays) {
                continue;
            }
            QuantileSketch peer = peers.peersOf(claim, region, diagPrefixLength, minPeers);
            if (peer == null || peer.median() <= 0) {
                continue;
            }
            double activeDayLines = stay.careLines / (double) stay.careDays;
            double activeRatio = activeDayLines / peer.median();
            if (activeRatio < minActiveDayRatio) {
                continue;
            }
            List<Claim> elsewhere = PersonActivity.elsewhere(group, claim, stay.gapStart, stay.gapEnd);
            double stayHours = Math.max(1, Duration.between(stay.admission, stay.discharge).toMinutes() / 60.0);
            double score = weightGap * Math.min(1, gapHours / (3.0 * minGapHours))
                    + weightShare * Math.min(1, gapHours / stayHours)
                    + weightElsewhere * Math.min(1, elsewhere.size() / 2.0);
            findings.add(finding(stay, region, gapHours, activeDayLines, peer.median(), elsewhere,
                    Math.min(1, Math.max(0, score))));
        }
        return findings;
    }

    private Finding finding(StayProfile stay, Region region, double gapHours, double activeDayLines,
            double peerMedian, List<Claim> elsewhere, double score) {
        Claim c = stay.claim;
        List<FeeDetail> inGap = stay.linesInGap();
        long amount = 0;
        for (FeeDetail l : inGap) {
            amount += l.amountFen();
        }
        if (amount == 0) {
            amount = bedChargePerDay(c, region) * stay.emptyDays;
        }
        long fund = Payments.fundShare(c, amount);

        List<String> evidence = new ArrayList<>();
        evidence.add("visits:" + c.visit().mdtrtId());
        inGap.forEach(l -> evidence.add("fee_details:" + l.feedetlSn()));
        elsewhere.forEach(e -> evidence.add("visits:" + e.visit().mdtrtId()));
        c.settlements().forEach(s -> evidence.add("settlements:" + s.setlId()));

        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("gap_start", stay.gapStart.toString());
        observed.put("gap_end", stay.gapEnd.toString());
        observed.put("gap_hours", Figures.two(gapHours));
        observed.put("min.gap.hours", Integer.toString(minGapHours));
        observed.put("care_days", stay.careDays + "/" + stay.calendarDays);
        observed.put("care_lines_per_active_day", Figures.two(activeDayLines));
        observed.put("peer_median_care_lines_per_day", Figures.two(peerMedian));
        observed.put("min.active.day.ratio", Figures.two(minActiveDayRatio));
        observed.put("visits_elsewhere_during_gap", Integer.toString(elsewhere.size()));

        StringBuilder why = new StringBuilder();
        why.append("住院").append(c.visit().mdtrtId()).append("共").append(stay.lengthOfStay).append("天，其中")
                .append(stay.gapStart.toLocalDate()).append("至").append(stay.gapEnd.toLocalDate()).append("连续")
                .append(Math.round(gapHours)).append("小时无护理、治疗、药品明细");
        if (!inGap.isEmpty()) {
            why.append("，期间仍收费").append(inGap.size()).append("条计").append(Money.format(amount)).append("元");
        }
        if (!elsewhere.isEmpty()) {
            Set<String> places = new LinkedHashSet<>();
            elsewhere.forEach(e -> places.add(e.visit().institutionCode()));
            why.append("；同期在").append(String.join("、", places)).append("就诊/购药").append(elsewhere.size()).append("次");
        }
        why.append("，空床日基金支付约").append(Money.format(fund)).append("元。");
        return new Finding("MODEL:" + code(), version(), category(), SubjectType.VISIT, c.visit().mdtrtId(),
                c.visit().institutionCode(), c.visit().psnNo(), score, amount, fund, evidence, observed,
                why.toString());
    }

    /** The stay's bed charge per bed line day, for gaps that carry no line at all. */
    private static long bedChargePerDay(Claim c, Region region) {
        long sum = 0;
        Set<java.time.LocalDate> days = new java.util.HashSet<>();
        for (FeeDetail l : c.lines()) {
            CatalogItem item = region.item(l.listCode());
            if (l.cnt() > 0 && item != null && item.chargeCategory() == ChargeCategory.BED) {
                sum += l.amountFen();
                days.add(l.time().toLocalDate());
            }
        }
        return days.isEmpty() ? 0 : sum / days.size();
    }
}
