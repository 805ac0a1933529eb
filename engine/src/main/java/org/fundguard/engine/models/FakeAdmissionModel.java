package org.fundguard.engine.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.Category;
import org.fundguard.core.ChargeCategory;
import org.fundguard.core.Money;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.Thresholds;

/**
 * 虚假住院: inpatient stays whose care is hollow for their length and diagnosis. Care lines per day
 * are compared with the median of stays of the same main-diagnosis prefix at the same hospital
 * level; a hollow stay is flagged when, in addition, care is missing on most of its days, the
 * patient is active at other institutions while "in bed", or its whole fee list is a template other
 * patients' stays share line for line.
 *
 * <p>Stays shorter than the observation limit are not judged (short observation stays); a patient
 * too ill for procedures still gets nursing and drugs every day and is compared with patients of the
 * same diagnosis, so neither test alone makes such a stay hollow.
 */
public final class FakeAdmissionModel implements ScreeningModel<CarePeers> {
    public static final String RESOURCE = "/org/fundguard/engine/models/fake-admission.properties";

    private final Thresholds t;
    private final Set<ChargeCategory> care;
    private final int minLengthOfStay;
    private final int diagPrefixLength;
    private final int minPeers;
    private final double maxCareRatio;
    private final double maxCareDayShare;
    private final int marginHours;
    private final int minTemplateStays;
    private final int minTemplateLines;
    private final double weightHollow;
    private final double weightElsewhere;
    private final double weightTemplate;
    private final double weightEmptyDays;

    public FakeAdmissionModel(Thresholds t) {
        this.t = t;
        this.care = Figures.categories(t.string("care.categories"));
        this.minLengthOfStay = t.integer("min.length.of.stay");
        this.diagPrefixLength = t.integer("diag.prefix.length");
        this.minPeers = t.integer("min.peers");
        this.maxCareRatio = t.decimal("max.care.ratio");
        this.maxCareDayShare = t.decimal("max.care.day.share");
        this.marginHours = t.integer("elsewhere.margin.hours");
        this.minTemplateStays = t.integer("min.template.stays");
        this.minTemplateLines = t.integer("min.template.lines");
        this.weightHollow = t.decimal("weight.hollow");
        this.weightElsewhere = t.decimal("weight.elsewhere");
        this.weightTemplate = t.decimal("weight.template");
        this.weightEmptyDays = t.decimal("weight.empty.days");
    }

    public static FakeAdmissionModel standard() {
        return new FakeAdmissionModel(Thresholds.fromResource(RESOURCE));
    }

    @Override
    public String code() {
        return "FAKE_ADMISSION_HOLLOW_STAY";
    }

    @Override
    public String version() {
        return t.string("model.version");
    }

    @Override
    public Category category() {
        return Category.FAKE_ADMISSION;
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
            statistics.add(StayProfile.of(claim, region, care), region, minLengthOfStay, diagPrefixLength);
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
            if (stay.lengthOfStay < minLengthOfStay) {
                continue;
            }
            QuantileSketch peer = peers.peersOf(claim, region, diagPrefixLength, minPeers);
            if (peer == null || peer.median() <= 0) {
                continue;
            }
            double peerMedian = peer.median();
            double ratio = stay.careLinesPerDay() / peerMedian;
            if (ratio > maxCareRatio) {
                continue;
            }
            List<Claim> elsewhere = PersonActivity.elsewhere(group, claim, stay.admission.plusHours(marginHours),
                    stay.discharge.minusHours(marginHours));
            int sameList = peers.staysWithSignature(stay.signature);
            boolean template = stay.lines >= minTemplateLines && sameList >= minTemplateStays;
            boolean mostDaysEmpty = stay.careDayShare() <= maxCareDayShare;
            if (!mostDaysEmpty && elsewhere.isEmpty() && !template) {
                continue;
            }
            double hollow = 1 - Math.min(1, ratio);
            double score = weightHollow * hollow
                    + weightEmptyDays * (1 - stay.careDayShare())
                    + weightElsewhere * Math.min(1, elsewhere.size() / 2.0)
                    + weightTemplate * (template ? 1 : 0);
            findings.add(finding(stay, peerMedian, ratio, elsewhere, template ? sameList : 0,
                    Math.min(1, Math.max(0, score))));
        }
        return findings;
    }

    private Finding finding(StayProfile stay, double peerMedian, double ratio, List<Claim> elsewhere, int sameList,
            double score) {
        Claim c = stay.claim;
        long fee = Payments.medicalFee(c);
        long fund = Payments.fundPaid(c);
        List<String> evidence = new ArrayList<>();
        evidence.add("visits:" + c.visit().mdtrtId());
        c.settlements().forEach(s -> evidence.add("settlements:" + s.setlId()));
        c.lines().forEach(l -> evidence.add("fee_details:" + l.feedetlSn()));
        elsewhere.forEach(e -> evidence.add("visits:" + e.visit().mdtrtId()));

        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("length_of_stay_days", Integer.toString(stay.lengthOfStay));
        observed.put("care_lines", Integer.toString(stay.careLines));
        observed.put("care_lines_per_day", Figures.two(stay.careLinesPerDay()));
        observed.put("peer_median_care_lines_per_day", Figures.two(peerMedian));
        observed.put("care_ratio", Figures.two(ratio));
        observed.put("max.care.ratio", Figures.two(maxCareRatio));
        observed.put("care_days", stay.careDays + "/" + stay.calendarDays);
        observed.put("max.care.day.share", Figures.two(maxCareDayShare));
        observed.put("visits_elsewhere_during_stay", Integer.toString(elsewhere.size()));
        observed.put("stays_with_identical_fee_list", Integer.toString(sameList));
        observed.put("min.template.stays", Integer.toString(minTemplateStays));

        StringBuilder why = new StringBuilder();
        why.append("住院").append(c.visit().mdtrtId()).append("共").append(stay.lengthOfStay).append("天，")
                .append(stay.categories.isEmpty() ? "无费用明细" : "费用仅含" + Figures.labels(stay.categories)).append("，护理/治疗/药品等明细").append(stay.careLines).append("条（每天")
                .append(Figures.two(stay.careLinesPerDay())).append("条，同诊断同级别医院中位数").append(Figures.two(peerMedian))
                .append("条），有诊疗明细的天数").append(stay.careDays).append('/').append(stay.calendarDays);
        if (!elsewhere.isEmpty()) {
            Set<String> places = new LinkedHashSet<>();
            elsewhere.forEach(e -> places.add(e.visit().institutionCode()));
            why.append("；住院期间在").append(String.join("、", places)).append("就诊/购药").append(elsewhere.size())
                    .append("次");
        }
        if (sameList > 0) {
            why.append("；费用清单与其他").append(sameList - 1).append("人次住院完全相同");
        }
        why.append("，统筹基金支付").append(Money.format(fund)).append("元。");
        return new Finding("MODEL:" + code(), version(), category(), SubjectType.VISIT, c.visit().mdtrtId(),
                c.visit().institutionCode(), c.visit().psnNo(), score, fee, fund, evidence, observed,
                why.toString());
    }
}
