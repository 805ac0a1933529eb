package org.fundguard.engine.rules;

import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.CatalogItem;

/**
 * Everything the rule library does with one catalogue code, found with one hash lookup per fee line:
 * the bound checks in a flat array, whether the code's presence in a day or visit matters to a pair
 * rule, and whether the fund may pay for it at all.
 */
final class CodePlan {
    static final LineCheck[] NONE = new LineCheck[0];

    final String code;
    final CatalogItem item;
    final int index;
    LineCheck[] checks = NONE;
    boolean presenceDay;
    boolean presenceVisit;
    /** The fund never pays for this code (class C, non-drug goods, or a 不予支付 instance). */
    boolean nonPayable;
    /** The instance that reports a non-payable line charged to the fund; null when none is enabled. */
    NotPayable notPayable;
    private List<LineCheck> building = new ArrayList<>(2);

    CodePlan(String code, CatalogItem item, int index) {
        this.code = code;
        this.item = item;
        this.index = index;
    }

    void add(LineCheck c) {
        building.add(c);
    }

    void freeze() {
        checks = building.isEmpty() ? NONE : building.toArray(LineCheck[]::new);
        building = null;
    }

    String label() {
        return item == null ? code : item.name() + "(" + code + ")";
    }
}
