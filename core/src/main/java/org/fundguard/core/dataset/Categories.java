package org.fundguard.core.dataset;

import org.fundguard.core.Category;

/** Category codes are the enum names of scenarios.md (not a {@code Coded} dictionary). */
final class Categories {
    private Categories() {
    }

    static Category parse(RowCheck r, int column) {
        String code = r.required(column);
        if (code == null) {
            return null;
        }
        Category c = Category.of(code);
        if (c == null) {
            r.error(column, "unknown category; expected one of scenarios.md's codes (e.g. FAKE_ADMISSION)");
        }
        return c;
    }
}
