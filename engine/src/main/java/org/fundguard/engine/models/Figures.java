package org.fundguard.engine.models;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fundguard.core.ChargeCategory;

/**
 * How the admission, capacity and ring models write figures into findings and read lists from their
 * threshold files: two decimals with a point whatever the locale; comma-separated values.
 */
final class Figures {
    private Figures() {
    }

    static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Chinese names of charge categories, joined with 、 (床位费、化验费). */
    static String labels(Set<ChargeCategory> categories) {
        List<String> names = new ArrayList<>();
        categories.forEach(c -> names.add(c.label()));
        return String.join("、", names);
    }

    /** A threshold list of charge categories by enum name (NURSING,TREATMENT,...). */
    static Set<ChargeCategory> categories(String names) {
        Set<ChargeCategory> set = EnumSet.noneOf(ChargeCategory.class);
        for (String name : list(names)) {
            try {
                set.add(ChargeCategory.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("unknown charge category in thresholds: " + name, e);
            }
        }
        return set;
    }

    static List<String> list(String csv) {
        List<String> out = new ArrayList<>();
        for (String s : csv.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
