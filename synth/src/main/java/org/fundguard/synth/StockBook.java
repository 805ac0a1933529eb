package org.fundguard.synth;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.fundguard.core.InventoryCount;
import org.fundguard.core.Purchase;
import org.fundguard.core.Quantity;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;

/**
 * 进销存 written after the stream, from what each institution billed: an opening stocktake, monthly
 * deliveries received before the month's first sale that keep stock above zero, goods sold outside
 * insurance (non-drug goods at pharmacies), and a closing stocktake such that
 * opening + purchases − billed − sold outside insurance = closing, exactly.
 */
public final class StockBook {
    private static final String[] SUPPLIERS = {"国药控股济宁有限公司", "华润山东医药有限公司", "九州通医药集团山东有限公司",
        "瑞康医药集团股份有限公司", "上药控股山东有限公司"};
    private static final String[] GOODS_SUPPLIERS = {"济宁市日用百货批发部", "山东银座商城供应链有限公司"};

    /** One institution's stock of one item over the window; behaviours may rewrite purchases. */
    public static final class Account {
        public final Facility facility;
        public final Item item;
        public long opening;
        public final long[] purchased;
        public final long[] billed;
        public final long[] soldOutside;
        public long unitCostFen;
        /** A stocktake that does not follow from the movements (a fraud's books); null = it does. */
        public Long closingOverride;

        Account(Facility facility, Item item, int months) {
            this.facility = facility;
            this.item = item;
            this.purchased = new long[months];
            this.billed = new long[months];
            this.soldOutside = new long[months];
        }

        public long closing() {
            long c = opening;
            for (int m = 0; m < billed.length; m++) {
                c += purchased[m] - billed[m] - soldOutside[m];
            }
            return c;
        }

        public long totalBilled() {
            long s = 0;
            for (long b : billed) {
                s += b;
            }
            return s;
        }

        public long totalPurchased() {
            long s = 0;
            for (long b : purchased) {
                s += b;
            }
            return s;
        }
    }

    private StockBook() {
    }

    static void write(World w) {
        int months = w.months;
        for (Facility f : w.facilities) {
            Dice d = Dice.of(w.seed, 9, f.index);
            int openingOnly = 0;
            for (Item item : w.catalogue.stocked()) {
                long[] billed = w.ledger.billed(f, item);
                boolean goods = item.spec.nonDrug();
                if (billed == null && !(goods && f.isPharmacy())) {
                    continue;
                }
                Account a = new Account(f, item, months);
                if (billed != null) {
                    System.arraycopy(billed, 0, a.billed, 0, months);
                }
                long total = Math.max(0, a.totalBilled());
                long avg = total / months;
                if (goods && f.isPharmacy()) {
                    for (int m = 0; m < months; m++) {
                        a.soldOutside[m] = Quantity.of(d.between(4, 30));
                    }
                    avg += a.soldOutside[0];
                }
                boolean fromOpening = f.behaviour == null && f.isPharmacy() && item.isDrug() && total > 0 && openingOnly < 2 && d.chance(0.08);
                if (fromOpening) {
                    // stock bought before the window covers every sale in it: no purchases at all
                    a.opening = whole(total + Quantity.of(d.between(2, 10)));
                    openingOnly++;
                } else {
                    a.opening = whole(avg * d.between(3, 12) / 10);
                    long stock = a.opening;
                    for (int m = 0; m < months; m++) {
                        long need = a.billed[m] + a.soldOutside[m] + avg / 5 - stock;
                        if (need > 0) {
                            a.purchased[m] = lot(need);
                        }
                        stock += a.purchased[m] - a.billed[m] - a.soldOutside[m];
                    }
                }
                a.unitCostFen = unitCost(f, item, w);
                if (f.behaviour != null) {
                    f.behaviour.onStock(a, d);
                }
                emit(w, a, d);
                if (fromOpening) {
                    w.out.hardNegative(org.fundguard.core.Category.ITEM_SWAP, org.fundguard.core.SubjectType.INSTITUTION,
                            f.code, "sales covered by opening inventory of " + item.code());
                }
            }
        }
    }

    private static long whole(long q) {
        return (q + Quantity.ONE - 1) / Quantity.ONE * Quantity.ONE;
    }

    /** Deliveries come in whole packs, rounded up to tens above ten. */
    private static long lot(long need) {
        long packs = (need + Quantity.ONE - 1) / Quantity.ONE;
        if (packs > 10) {
            packs = (packs + 9) / 10 * 10;
        }
        return Quantity.of(packs);
    }

    private static long unitCost(Facility f, Item item, World w) {
        long list = item.price(f.level);
        if (item.spec.nonDrug()) {
            return list * 60 / 100;
        }
        // public hospitals sell drugs and consumables at cost (药品耗材零加成); pharmacies buy ~15% below retail
        return f.isPharmacy() || f.ownership == org.fundguard.core.Ownership.PRIVATE ? list * 85 / 100 : list;
    }

    private static void emit(World w, Account a, Dice d) {
        Facility f = a.facility;
        w.out.write(Table.INVENTORY, Rows.of(new InventoryCount(f.code, a.item.code(), w.start, a.opening)));
        for (int m = 0; m < a.purchased.length; m++) {
            if (a.purchased[m] <= 0) {
                continue;
            }
            LocalDate month = w.start.plusMonths(m);
            LocalDateTime t = month.atTime(5, d.between(0, 55));
            String supplier = a.item.spec.nonDrug() ? d.pick(GOODS_SUPPLIERS) : d.pick(SUPPLIERS);
            String lot = String.format("%02d%02d%02d%02d", month.getYear() % 100, month.getMonthValue(), d.between(1, 28),
                    d.nextInt(100));
            w.out.write(Table.PURCHASES, Rows.of(new Purchase(w.ids.purchase(), f.code, a.item.code(), t,
                    a.purchased[m], a.unitCostFen, supplier, lot)));
        }
        w.out.write(Table.INVENTORY, Rows.of(new InventoryCount(f.code, a.item.code(), w.end.minusDays(1),
                a.closingOverride != null ? a.closingOverride : a.closing())));
    }
}
