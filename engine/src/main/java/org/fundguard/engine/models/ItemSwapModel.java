package org.fundguard.engine.models;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.fundguard.core.CatalogItem;
import org.fundguard.core.Category;
import org.fundguard.core.FeeDetail;
import org.fundguard.core.Institution;
import org.fundguard.core.InventoryCount;
import org.fundguard.core.ListType;
import org.fundguard.core.Money;
import org.fundguard.core.Purchase;
import org.fundguard.core.Quantity;
import org.fundguard.core.SubjectType;
import org.fundguard.engine.Claim;
import org.fundguard.engine.Finding;
import org.fundguard.engine.Region;
import org.fundguard.engine.ScreeningModel;
import org.fundguard.engine.Thresholds;

/**
 * 串换药品耗材 (进销存 mismatch): an institution bills the fund for more units of a payable drug or
 * consumable than it can have had — opening stock plus purchases minus closing stock over the
 * stocktaking period — while the non-payable goods it buys (non_drug) never appear on a bill: they
 * were sold under the payable codes. The lead is the institution.
 *
 * <p>Stock bought before the data window is in the opening stocktake and counts as available, so an
 * institution selling down old stock is not short. Institutions without any 进销存 records are not
 * judged: missing records are a reporting gap, not a swap.
 */
public final class ItemSwapModel implements ScreeningModel<ItemSwapStatistics> {
    public static final String CODE = "ITEM_SWAP";
    static final String RESOURCE = "/org/fundguard/engine/models/item-swap.properties";

    private final long toleranceUnits;
    private final double toleranceShare;
    private final double minExcessShare;
    private final double fullExcessShare;
    private final long minExcessFundFen;
    private final double weightExcess;
    private final double weightNonDrug;
    private final int maxLinesPerItem;

    public ItemSwapModel(Thresholds t) {
        this.toleranceUnits = Quantity.of(t.integer("stock.tolerance_units"));
        this.toleranceShare = t.decimal("stock.tolerance_share");
        this.minExcessShare = t.decimal("excess.min_share");
        this.fullExcessShare = t.decimal("excess.full_share");
        this.minExcessFundFen = t.fen("excess.min_fund_yuan");
        this.weightExcess = t.decimal("weight.excess");
        this.weightNonDrug = t.decimal("weight.non_drug");
        this.maxLinesPerItem = t.integer("evidence.max_lines_per_item");
    }

    public static ItemSwapModel standard() {
        return new ItemSwapModel(Thresholds.fromResource(RESOURCE));
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
        return Category.ITEM_SWAP;
    }

    /** The institution, for claims with a stock-kept line at an institution that reports 进销存. */
    @Override
    public List<String> keys(Claim claim, Region region) {
        String inst = claim.visit().institutionCode();
        if (region.purchases(inst).isEmpty() && region.inventory(inst).isEmpty()) {
            return List.of();
        }
        for (FeeDetail line : claim.lines()) {
            if (isStockKept(region.item(line.listCode()))) {
                return List.of(inst);
            }
        }
        return List.of();
    }

    @Override
    public ItemSwapStatistics emptyStatistics() {
        return new ItemSwapStatistics();
    }

    @Override
    public ItemSwapStatistics accumulate(ItemSwapStatistics s, Claim claim, Region region) {
        String inst = claim.visit().institutionCode();
        if (!s.knows(inst)) {
            long purchased = 0;
            for (Purchase p : region.purchases(inst)) {
                CatalogItem item = region.item(p.listCode());
                if (item != null && item.nonDrug()) {
                    purchased += p.cnt();
                }
            }
            s.addInstitution(inst, purchased);
        }
        for (FeeDetail line : claim.lines()) {
            CatalogItem item = region.item(line.listCode());
            if (item != null && item.nonDrug()) {
                s.addBilled(inst, line.cnt());
            }
        }
        return s;
    }

    @Override
    public ItemSwapStatistics merge(ItemSwapStatistics left, ItemSwapStatistics right) {
        return left.mergeFrom(right);
    }

    /** Opening and closing stocktake of the institution; either may be missing. */
    private record Period(LocalDate from, LocalDate to, Map<String, Long> opening, Map<String, Long> closing) {
        boolean contains(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
        }
    }

    private static final class ItemFlow {
        final CatalogItem item;
        long billed;
        long billedAmountFen;
        double billedFundFen;
        long purchased;
        long opening;
        long closing;
        final List<String> lines = new ArrayList<>();
        final List<String> purchases = new ArrayList<>();

        ItemFlow(CatalogItem item) {
            this.item = item;
        }

        long available() {
            return opening + purchased - closing;
        }
    }

    @Override
    public List<Finding> screen(String key, List<Claim> group, ItemSwapStatistics stats, Region region) {
        Period period = period(key, group, region);
        Map<String, ItemFlow> flows = new HashMap<>();
        for (Claim c : group) {
            long medfee = SettledAmounts.medfee(c);
            double fundRate = medfee > 0 ? SettledAmounts.fund(c) / (double) medfee : 0;
            for (FeeDetail line : c.lines()) {
                CatalogItem item = region.item(line.listCode());
                if (!isStockKept(item) || !item.fundPayable() || !period.contains(line.time().toLocalDate())) {
                    continue;
                }
                ItemFlow f = flows.computeIfAbsent(line.listCode(), k -> new ItemFlow(item));
                f.billed += line.cnt();
                f.billedAmountFen += line.amountFen();
                f.billedFundFen += line.amountFen() * fundRate;
                if (line.cnt() > 0 && f.lines.size() < maxLinesPerItem) {
                    f.lines.add(line.feedetlSn());
                }
            }
        }
        if (flows.isEmpty()) {
            return List.of();
        }
        for (Purchase p : region.purchases(key)) {
            ItemFlow f = flows.get(p.listCode());
            if (f != null && period.contains(p.time().toLocalDate())) {
                f.purchased += p.cnt();
                f.purchases.add(p.purcId());
            }
        }
        period.opening.forEach((code, n) -> {
            ItemFlow f = flows.get(code);
            if (f != null) {
                f.opening = n;
            }
        });
        period.closing.forEach((code, n) -> {
            ItemFlow f = flows.get(code);
            if (f != null) {
                f.closing = n;
            }
        });

        long billedTotal = 0;
        long excessAmount = 0;
        double excessFund = 0;
        List<ItemFlow> shortItems = new ArrayList<>();
        Map<ItemFlow, Long> excessUnits = new HashMap<>();
        for (ItemFlow f : flows.values()) {
            billedTotal += Math.max(0, f.billedAmountFen);
            long available = Math.max(0, f.available());
            long excess = f.billed - available - toleranceUnits - (long) (available * toleranceShare);
            if (excess <= 0 || f.billed <= 0) {
                continue;
            }
            long unitsBeyond = f.billed - available;
            double share = unitsBeyond / (double) f.billed;
            excessAmount += Math.round(f.billedAmountFen * share);
            excessFund += f.billedFundFen * share;
            excessUnits.put(f, unitsBeyond);
            shortItems.add(f);
        }
        if (shortItems.isEmpty() || billedTotal <= 0) {
            return List.of();
        }
        double excessShare = excessAmount / (double) billedTotal;
        if (excessShare < minExcessShare || excessFund < minExcessFundFen) {
            return List.of();
        }
        long ndPurchased = stats.nonDrugPurchased(key);
        long ndBilled = Math.max(0, stats.nonDrugBilled(key));
        double regionShare = stats.regionBilledShare();
        double ownShare = ndPurchased > 0 ? Math.min(1.0, ndBilled / (double) ndPurchased) : 1.0;
        double nonDrugSignal = ndPurchased > 0 && regionShare > 0 ? Math.max(0, (regionShare - ownShare) / regionShare) : 0;
        double score = clamp(weightExcess * clamp(excessShare / fullExcessShare) + weightNonDrug * nonDrugSignal);

        shortItems.sort(Comparator.comparingLong((ItemFlow f) -> f.billedAmountFen * excessUnits.get(f) / Math.max(1, f.billed))
                .reversed().thenComparing(f -> f.item.code()));
        ItemFlow top = shortItems.get(0);
        List<String> evidence = new ArrayList<>();
        evidence.add("institutions:" + key);
        for (ItemFlow f : shortItems) {
            f.purchases.forEach(id -> evidence.add("purchases:" + id));
            f.lines.forEach(id -> evidence.add("fee_details:" + id));
        }
        if (nonDrugSignal >= 0.5) {
            for (Purchase p : region.purchases(key)) {
                CatalogItem item = region.item(p.listCode());
                if (item != null && item.nonDrug()) {
                    evidence.add("purchases:" + p.purcId());
                }
            }
        }
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("period.from", String.valueOf(period.from));
        observed.put("period.to", String.valueOf(period.to));
        observed.put("items_short", Integer.toString(shortItems.size()));
        observed.put("excess.amount", Money.format(excessAmount));
        observed.put("excess.share_of_billed", fmt(excessShare));
        observed.put("top.item", top.item.code());
        observed.put("top.billed_units", Quantity.format(top.billed));
        observed.put("top.opening", Quantity.format(top.opening));
        observed.put("top.purchased", Quantity.format(top.purchased));
        observed.put("top.closing", Quantity.format(top.closing));
        observed.put("non_drug.purchased_units", Quantity.format(ndPurchased));
        observed.put("non_drug.billed_units", Quantity.format(ndBilled));
        observed.put("non_drug.region_billed_share", fmt(regionShare));
        observed.put("threshold.excess.min_share", fmt(minExcessShare));
        observed.put("threshold.excess.min_fund_yuan", Money.format(minExcessFundFen));

        Institution inst = region.institution(key);
        StringBuilder why = new StringBuilder();
        why.append(inst != null && inst.isPharmacy() ? "该药店" : "该机构");
        if (period.from != null || period.to != null) {
            why.append(period.from != null ? period.from.toString() : "").append("至")
                    .append(period.to != null ? period.to.toString() : "").append("期间");
        }
        why.append("医保结算").append(top.item.name()).append(Quantity.format(top.billed)).append("单位，而期初库存")
                .append(Quantity.format(top.opening)).append("、采购").append(Quantity.format(top.purchased)).append("、期末库存")
                .append(Quantity.format(top.closing)).append("，超出可售量").append(Quantity.format(excessUnits.get(top)))
                .append("单位");
        if (shortItems.size() > 1) {
            why.append("；共").append(shortItems.size()).append("个品种结算量超出进销存");
        }
        why.append("，超出部分金额").append(Money.format(excessAmount)).append("元（占医保结算药品耗材的")
                .append(Math.round(excessShare * 100)).append("%）");
        if (nonDrugSignal >= 0.5) {
            why.append("；同期采购非医保商品").append(Quantity.format(ndPurchased)).append("单位，仅结算")
                    .append(Quantity.format(ndBilled)).append("单位");
        }
        return List.of(new Finding("MODEL:" + CODE, version(), Category.ITEM_SWAP, SubjectType.INSTITUTION, key, key, null,
                score, excessAmount, Math.round(excessFund), evidence, observed, why.toString()));
    }

    /**
     * The stocktaking period: from the first to the last stocktake. With a single stocktake it opens
     * the period when it precedes the institution's sales, else it closes it; with none, all
     * purchases and sales count.
     */
    private static Period period(String inst, List<Claim> group, Region region) {
        List<InventoryCount> counts = region.inventory(inst);
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (InventoryCount c : counts) {
            dates.add(c.date());
        }
        if (dates.isEmpty()) {
            return new Period(null, null, Map.of(), Map.of());
        }
        LocalDate firstSale = group.get(0).visit().begin().toLocalDate();
        LocalDate first = dates.first();
        LocalDate last = dates.last();
        if (dates.size() == 1) {
            return !first.isAfter(firstSale)
                    ? new Period(first, null, countsOn(counts, first), Map.of())
                    : new Period(null, first, Map.of(), countsOn(counts, first));
        }
        return new Period(first, last, countsOn(counts, first), countsOn(counts, last));
    }

    private static Map<String, Long> countsOn(List<InventoryCount> counts, LocalDate day) {
        Map<String, Long> m = new HashMap<>();
        for (InventoryCount c : counts) {
            if (c.date().equals(day)) {
                m.merge(c.listCode(), c.cnt(), Long::sum);
            }
        }
        return m;
    }

    private static boolean isStockKept(CatalogItem item) {
        return item != null && item.listType() != ListType.SERVICE_ITEM;
    }

    private static double clamp(double d) {
        return Math.max(0, Math.min(1, d));
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
