package org.fundguard.core.dataset;

import java.time.LocalDate;
import org.fundguard.core.InventoryCount;

/** Key: (fixmedins_code, med_list_codg, inv_date): one count per item and stocktaking day. */
final class InventoryRows extends TableRows<InventoryCount> {
    private static final Table T = Table.INVENTORY;
    private static final int INSTITUTION = col(T, "fixmedins_code");
    private static final int ITEM = col(T, "med_list_codg");
    private static final int DATE = col(T, "inv_date");
    private static final int CNT = col(T, "inv_cnt");

    private final References refs;
    private final Interner codes;

    InventoryRows(References refs, Interner codes) {
        super(T);
        this.refs = refs;
        this.codes = codes;
    }

    @Override
    InventoryCount parse(RowCheck r) {
        int institution = r.reference(INSTITUTION, refs.institutions, "institution");
        String inst = institution >= 0 ? refs.institutions.key(institution) : null;
        String item = StockItems.item(r, ITEM, refs, codes);
        LocalDate date = r.date(DATE, true);
        if (inst != null && item != null && date != null) {
            r.key(refs.inventory, inst + '\u0000' + item + '\u0000' + date, -1,
                    "(fixmedins_code, med_list_codg, inv_date) " + inst + ", " + item + ", " + date);
        }
        return new InventoryCount(inst, item, date, r.quantity(CNT));
    }
}
