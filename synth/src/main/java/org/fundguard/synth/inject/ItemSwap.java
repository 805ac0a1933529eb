package org.fundguard.synth.inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.core.Quantity;
import org.fundguard.core.SubjectType;
import org.fundguard.synth.Behaviour;
import org.fundguard.synth.Dice;
import org.fundguard.synth.Encounter;
import org.fundguard.synth.Facility;
import org.fundguard.synth.Injection;
import org.fundguard.synth.InjectionContext;
import org.fundguard.synth.Item;
import org.fundguard.synth.Output;
import org.fundguard.synth.StockBook;

/**
 * 串换药品: a pharmacy hands out cosmetics and daily goods but bills payable drugs. Its books show it:
 * payable drugs billed beyond what was ever delivered (opening + purchases − closing < billed),
 * while far more non-drug goods were bought and left the shelves than it could have sold for cash.
 * Labelled: the pharmacy; fund_loss = fund share of the units never purchased. Hard negative:
 * sales covered by stock bought before the window (StockBook).
 */
final class ItemSwap implements Injection {
    private static final String[] SWAPPED = {"ATORVASTATIN", "AMLODIPINE", "OMEPRAZOLE", "CALCIUM", "LIUWEI", "DANSHEN",
        "LORATADINE"};
    private static final String[] GOODS = {"FACECREAM", "PROTEIN", "FISHOIL", "SHAMPOO"};

    @Override
    public Category category() {
        return Category.ITEM_SWAP;
    }

    @Override
    public void plan(InjectionContext ctx) {
        int n = ctx.institutions(2, 2.5);
        List<Facility> candidates = ctx.ordinary(ctx.w.pharmacies, f -> true);
        for (int k = 0; k < n && !candidates.isEmpty(); k++) {
            Facility f = candidates.remove(ctx.dice.nextInt(candidates.size()));
            List<Item> swapped = new ArrayList<>();
            for (String key : SWAPPED) {
                if (ctx.dice.chance(0.5)) {
                    swapped.add(ctx.w.catalogue.item(key));
                }
            }
            if (swapped.isEmpty()) {
                swapped.add(ctx.w.catalogue.item(SWAPPED[0]));
            }
            f.behaviour = new Swap(f, swapped, ctx);
        }
    }

    private static final class Swap implements Behaviour {
        private final Facility f;
        private final List<Item> swapped;
        private final InjectionContext ctx;
        /** Fund and units billed per swapped item ({fund, units}), to price the shortfall. */
        private final Map<Item, long[]> billed = new HashMap<>();
        private final Map<Item, Long> shortfall = new HashMap<>();

        Swap(Facility f, List<Item> swapped, InjectionContext ctx) {
            this.f = f;
            this.swapped = swapped;
            this.ctx = ctx;
        }

        @Override
        public void onVisit(Encounter e, Dice d) {
            if (d.chance(0.45)) {
                // what the customer takes home is a face cream; what is billed is a payable drug
                Item item = swapped.get(d.nextInt(swapped.size()));
                if (!e.has(item)) {
                    e.units(item, e.begin, Math.min(d.between(1, 3), item.maxPacks()));
                }
            }
        }

        @Override
        public void written(Encounter e) {
            for (Encounter.Line l : e.lines) {
                if (swapped.contains(l.item)) {
                    long[] t = billed.computeIfAbsent(l.item, k -> new long[2]);
                    t[0] += l.fund();
                    t[1] += l.cnt;
                }
            }
        }

        @Override
        public void onStock(StockBook.Account a, Dice d) {
            if (swapped.contains(a.item)) {
                long total = a.totalBilled();
                // only about half of what was billed was ever delivered
                long keep = Math.max(0, total * d.between(35, 55) / 100 - a.opening);
                keep = keep / Quantity.ONE * Quantity.ONE;
                long[] p = a.purchased;
                long bought = a.totalPurchased();
                for (int m = 0; m < p.length; m++) {
                    p[m] = bought == 0 ? 0 : p[m] * keep / bought / Quantity.ONE * Quantity.ONE;
                }
                long closing = a.closing();
                if (closing < 0) {
                    // a stocktake cannot count below zero: the books simply do not balance
                    a.closingOverride = 0L;
                }
                long available = a.opening + a.totalPurchased() - (a.closingOverride != null ? a.closingOverride : closing);
                shortfall.put(a.item, Math.max(0, total - available));
            } else if (a.item.spec.nonDrug()) {
                // the swapped-out goods: bought in quantity, gone from the shelves, never billed
                for (int m = 0; m < a.purchased.length; m++) {
                    long extra = Quantity.of(d.between(30, 80));
                    a.purchased[m] += extra;
                    a.soldOutside[m] += extra;
                }
            }
        }

        @Override
        public void finish(Output out) {
            long loss = 0;
            for (Item item : swapped) {
                long[] t = billed.get(item);
                Long missing = shortfall.get(item);
                if (t != null && missing != null && t[1] > 0) {
                    loss += t[0] * missing / t[1];
                }
            }
            out.label(Category.ITEM_SWAP, SubjectType.INSTITUTION, f.code, loss);
        }
    }
}
