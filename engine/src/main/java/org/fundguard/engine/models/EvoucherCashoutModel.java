package org.fundguard.engine.models;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.Category;
import org.fundguard.core.CertType;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Institution;
import org.fundguard.core.MedType;
import org.fundguard.core.Money;
import org.fundguard.core.Settlement;
import org.fundguard.core.SubjectType;
import org.fundguard.core.Visit;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.Thresholds;

/**
 * 医保电子凭证套现: pharmacy purchases paid with the e-voucher (mdtrt_cert_type 01) that draw the
 * personal account down in round sums, month after month, for goods that are never payable (food,
 * daily goods, cosmetics: the account paying for them is the cash-out itself) or for the drugs that get
 * resold, at prices far above what the same item costs elsewhere in the region, by a person with no
 * doctor's diagnosis that would call for the drug. One finding per cash-out purchase.
 *
 * <p>A chronic patient buying the regular drug every month also pays from the account with the
 * e-voucher, month after month — but at the going price, in amounts that follow the price list, with
 * a diagnosis on record; repetition and account payment alone therefore never reach the bar.
 */
public final class EvoucherCashoutModel implements ScreeningModel<EvoucherCashoutStatistics> {
    public static final String CODE = "EVOUCHER_CASHOUT";
    static final String RESOURCE = "/org/fundguard/engine/models/evoucher-cashout.properties";

    private final long roundUnitFen;
    private final double priceRatioFull;
    private final long minPriceObservations;
    private final double weightRound;
    private final double weightNonDrug;
    private final double weightResale;
    private final double weightPrice;
    private final double weightNoDiagnosis;
    private final double minPurchaseScore;
    private final int minMonths;

    public EvoucherCashoutModel(Thresholds t) {
        this.roundUnitFen = t.fen("amount.round_unit_yuan");
        this.priceRatioFull = t.decimal("price.ratio_full");
        this.minPriceObservations = t.integer("price.min_observations");
        this.weightRound = t.decimal("weight.round");
        this.weightNonDrug = t.decimal("weight.non_drug");
        this.weightResale = t.decimal("weight.resale_risk");
        this.weightPrice = t.decimal("weight.price");
        this.weightNoDiagnosis = t.decimal("weight.no_diagnosis");
        this.minPurchaseScore = t.decimal("purchase.min_score");
        this.minMonths = t.integer("repeat.min_months");
    }

    public static EvoucherCashoutModel standard() {
        return new EvoucherCashoutModel(Thresholds.fromResource(RESOURCE));
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
        return Category.EVOUCHER_CASHOUT;
    }

    /** The person: their purchases and the diagnoses of their other visits are judged together. */
    @Override
    public List<String> keys(Claim claim, Region region) {
        return List.of(claim.visit().psnNo());
    }

    @Override
    public EvoucherCashoutStatistics emptyStatistics() {
        return new EvoucherCashoutStatistics();
    }

    @Override
    public EvoucherCashoutStatistics accumulate(EvoucherCashoutStatistics s, Claim claim, Region region) {
        for (FeeDetail line : claim.lines()) {
            if (line.cnt() > 0) {
                s.addPrice(line.listCode(), line.priceFen());
            }
        }
        return s;
    }

    @Override
    public EvoucherCashoutStatistics merge(EvoucherCashoutStatistics left, EvoucherCashoutStatistics right) {
        return left.mergeFrom(right);
    }

    private record Purchase(Claim claim, double score, long medfeeFen, long accountFen, long fundFen, boolean round,
            double nonDrugShare, double resaleShare, double priceRatio, String pricedItem, double noDiagnosisShare) {
    }

    @Override
    public List<Finding> screen(String key, List<Claim> group, EvoucherCashoutStatistics stats, Region region) {
        Set<String> diagnoses = new HashSet<>();
        boolean anyCandidate = false;
        for (Claim c : group) {
            Visit v = c.visit();
            anyCandidate |= isVoucherPurchase(v, region);
            if (!isPharmacySale(v, region)) {
                addDiagnoses(v, diagnoses); // a doctor's diagnosis, not one typed in at a pharmacy till
            }
        }
        if (!anyCandidate) {
            return List.of();
        }
        List<Purchase> suspicious = new ArrayList<>();
        Set<YearMonth> months = new HashSet<>();
        for (Claim c : group) {
            if (!isVoucherPurchase(c.visit(), region)) {
                continue;
            }
            Purchase p = assess(c, diagnoses, stats, region);
            if (p != null && p.score >= minPurchaseScore) {
                suspicious.add(p);
                months.add(YearMonth.from(c.visit().begin()));
            }
        }
        if (months.size() < minMonths) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (Purchase p : suspicious) {
            out.add(finding(p, months.size(), suspicious.size(), region));
        }
        return out;
    }

    private Purchase assess(Claim c, Set<String> diagnoses, EvoucherCashoutStatistics stats, Region region) {
        long medfee = 0;
        long account = 0;
        long fund = 0;
        for (Settlement s : c.settlements()) {
            if (!s.reversed()) {
                medfee += s.medfeeSumFen();
                account += s.acctPayFen();
                fund += s.fundPaySumFen() + s.acctPayFen();
            }
        }
        if (medfee <= 0 || account <= 0) {
            return null; // nothing drawn from the personal account: nothing cashed out
        }
        long lineTotal = 0;
        long payable = 0;
        long nonDrug = 0;
        long resale = 0;
        long unsupported = 0;
        double maxRatio = 0;
        String maxItem = null;
        for (FeeDetail line : c.lines()) {
            if (line.cnt() <= 0) {
                continue;
            }
            lineTotal += line.amountFen();
            CatalogItem item = region.item(line.listCode());
            if (item == null) {
                continue;
            }
            if (item.fundPayable()) {
                payable += line.amountFen();
            }
            if (item.nonDrug()) {
                nonDrug += line.amountFen();
                unsupported += line.amountFen(); // no diagnosis makes rice or face cream payable
            } else {
                if (item.resaleRisk()) {
                    resale += line.amountFen();
                }
                if (item.isDrug() && !diagnosed(item, diagnoses)) {
                    unsupported += line.amountFen();
                }
            }
            if (stats.observations(line.listCode()) >= minPriceObservations) {
                long median = stats.medianPriceFen(line.listCode());
                double ratio = median > 0 ? line.priceFen() / (double) median : 0;
                if (ratio > maxRatio) {
                    maxRatio = ratio;
                    maxItem = item.name();
                }
            }
        }
        if (lineTotal <= 0) {
            return null;
        }
        boolean round = medfee % roundUnitFen == 0;
        // goods that are never payable weigh only where the account or the fund paid for them: beyond what
        // the payable lines cost (the last purchase before the account runs dry pays part in cash)
        double nonDrugShare = fund > payable ? nonDrug / (double) lineTotal : 0;
        double resaleShare = resale / (double) lineTotal;
        double price = Math.max(0, Math.min(1, (maxRatio - 1) / (priceRatioFull - 1)));
        double noDiagnosis = unsupported / (double) lineTotal;
        double score = weightRound * (round ? 1 : 0) + weightNonDrug * nonDrugShare + weightResale * resaleShare
                + weightPrice * price + weightNoDiagnosis * noDiagnosis;
        return new Purchase(c, score, medfee, account, fund, round, nonDrugShare, resaleShare, maxRatio, maxItem,
                noDiagnosis);
    }

    /** A drug with an indication limit needs a matching diagnosis; any other drug needs some diagnosis. */
    private static boolean diagnosed(CatalogItem item, Set<String> diagnoses) {
        if (item.limitDiagPrefixes().isEmpty()) {
            return !diagnoses.isEmpty();
        }
        for (String d : diagnoses) {
            for (String prefix : item.limitDiagPrefixes()) {
                if (d.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Finding finding(Purchase p, int months, int purchases, Region region) {
        Visit v = p.claim.visit();
        Institution inst = region.institution(v.institutionCode());
        List<String> evidence = new ArrayList<>();
        evidence.add("visits:" + v.mdtrtId());
        for (Settlement s : p.claim.settlements()) {
            evidence.add("settlements:" + s.setlId());
        }
        for (FeeDetail l : p.claim.lines()) {
            evidence.add("fee_details:" + l.feedetlSn());
        }
        double repeat = Math.min(1.0, months / 6.0);
        double score = Math.min(1.0, 0.85 * p.score + 0.15 * repeat);
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("medfee", Money.format(p.medfeeFen));
        observed.put("acct_pay", Money.format(p.accountFen));
        observed.put("round", Boolean.toString(p.round));
        observed.put("share.non_drug", fmt(p.nonDrugShare));
        observed.put("share.resale_risk", fmt(p.resaleShare));
        observed.put("price.ratio_to_median", fmt(p.priceRatio));
        observed.put("share.drug_without_diagnosis", fmt(p.noDiagnosisShare));
        observed.put("repeat.months", Integer.toString(months));
        observed.put("purchase.score", fmt(p.score));
        observed.put("threshold.amount.round_unit_yuan", Money.format(roundUnitFen));
        observed.put("threshold.purchase.min_score", fmt(minPurchaseScore));
        observed.put("threshold.repeat.min_months", Integer.toString(minMonths));

        StringBuilder why = new StringBuilder();
        why.append("参保人").append(v.psnNo()).append("于").append(v.begin().toLocalDate()).append("使用医保电子凭证在")
                .append(inst != null && inst.isPharmacy() ? "药店" : "机构").append(v.institutionCode()).append("结算")
                .append(Money.format(p.medfeeFen)).append("元").append(p.round ? "（整数金额）" : "")
                .append("，个人账户支付").append(Money.format(p.accountFen)).append("元");
        if (p.nonDrugShare >= 0.5) {
            why.append("，").append(Math.round(p.nonDrugShare * 100)).append("%为不予支付的非药品（食品、日用品等）");
        } else if (p.resaleShare >= 0.5) {
            why.append("，").append(Math.round(p.resaleShare * 100)).append("%为易倒卖药品");
        }
        if (p.priceRatio >= 1.2 && p.pricedItem != null) {
            why.append("，").append(p.pricedItem).append("单价为全区中位价的").append(fmt1(p.priceRatio)).append("倍");
        }
        if (p.noDiagnosisShare >= 0.5 && p.nonDrugShare < 0.5) {
            why.append("，本人无相应诊断记录");
        }
        why.append("；同类购买共").append(purchases).append("笔，分布在").append(months).append("个月");
        return new Finding("MODEL:" + CODE, version(), Category.EVOUCHER_CASHOUT, SubjectType.VISIT, v.mdtrtId(),
                v.institutionCode(), v.psnNo(), score, p.medfeeFen, p.fundFen, evidence, observed, why.toString());
    }

    private static boolean isVoucherPurchase(Visit v, Region region) {
        return v.certType() == CertType.E_VOUCHER && isPharmacySale(v, region);
    }

    private static boolean isPharmacySale(Visit v, Region region) {
        if (v.medType() == MedType.PHARMACY_PURCHASE) {
            return true;
        }
        Institution inst = region.institution(v.institutionCode());
        return inst != null && inst.isPharmacy();
    }

    private static void addDiagnoses(Visit v, Set<String> into) {
        if (v.mainDiag() != null && !v.mainDiag().isEmpty()) {
            into.add(v.mainDiag());
        }
        for (String d : v.otherDiags()) {
            if (!d.isEmpty()) {
                into.add(d);
            }
        }
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    private static String fmt1(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
