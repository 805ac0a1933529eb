package org.fundguard.core.dataset;

/**
 * Purchases and stocktaking may name goods outside the insurance catalogue: an institution buys and
 * stocks what it does not bill to the fund. An unknown code there is a WARNING, not an error
 * (data-contract.md requires catalogue codes only of fee lines).
 */
final class StockItems {
    private StockItems() {
    }

    static String item(RowCheck r, int column, References refs, Interner codes) {
        String code = r.requiredInterned(column, codes);
        if (code != null) {
            int e = refs.catalog.find(code);
            if (e < 0) {
                r.warning(column, "not in " + refs.catalog.file());
            } else if (refs.catalog.rejected(e)) {
                r.warning(column, "catalogue row was rejected (" + refs.catalog.file() + ":" + refs.catalog.line(e) + ")");
            } else {
                return refs.catalog.key(e);
            }
        }
        return code;
    }
}
