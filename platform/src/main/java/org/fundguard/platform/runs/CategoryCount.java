package org.fundguard.platform.runs;

import org.fundguard.core.Category;

/** One category across two runs A and B: leads, amounts, and the leads only one of them has. */
public record CategoryCount(String category, long leadsA, long leadsB, long amountFenA, long amountFenB, long onlyA,
        long onlyB) {

    public String label() {
        Category c = Category.of(category);
        return c == null ? category : c.label();
    }
}
