package org.fundguard.core.dataset;

import org.fundguard.core.Purchase;

final class PurchaseRows extends TableRows<Purchase> {
    private static final Table T = Table.PURCHASES;
    private static final int ID = col(T, "purc_id");
    private static final int INSTITUTION = col(T, "fixmedins_code");
    private static final int ITEM = col(T, "med_list_codg");
    private static final int TIME = col(T, "purc_time");
    private static final int CNT = col(T, "purc_cnt");
    private static final int PRICE = col(T, "purc_pric");
    private static final int SUPPLIER = col(T, "spler_name");
    private static final int LOT = col(T, "manu_lotnum");

    private final References refs;
    private final Interner codes;

    PurchaseRows(References refs, Interner codes) {
        super(T, "spler_name", "manu_lotnum");
        this.refs = refs;
        this.codes = codes;
    }

    @Override
    int keyColumn() {
        return ID;
    }

    @Override
    Purchase parse(RowCheck r) {
        String id = r.key(ID, refs.purchases);
        int institution = r.reference(INSTITUTION, refs.institutions, "institution");
        String item = StockItems.item(r, ITEM, refs, codes);
        return new Purchase(id, institution >= 0 ? refs.institutions.key(institution) : null, item,
                r.dateTime(TIME, true), r.quantity(CNT), r.money(PRICE), r.interned(SUPPLIER, codes),
                r.interned(LOT, codes));
    }
}
