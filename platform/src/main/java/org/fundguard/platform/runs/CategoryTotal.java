package org.fundguard.platform.runs;

import org.fundguard.core.Category;

/** One category of one run: its leads and the amount at stake. */
public record CategoryTotal(String category, long leads, long amountFen) {

    public String label() {
        Category c = Category.of(category);
        return c == null ? category : c.label();
    }
}
