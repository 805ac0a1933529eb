package org.fundguard.engine.models;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fundguard.core.ChargeCategory;
import org.fundguard.engine.Claim;

/** Helpers over one person's claims (a group keyed by psn_no, in begin-time order). */
final class PersonActivity {
    private PersonActivity() {
    }

    /** The person's visits and purchases at other institutions that begin strictly between two instants. */
    static List<Claim> elsewhere(List<Claim> personClaims, Claim stay, LocalDateTime from, LocalDateTime to) {
        List<Claim> out = new ArrayList<>();
        if (!from.isBefore(to)) {
            return out;
        }
        String here = stay.visit().institutionCode();
        for (Claim c : personClaims) {
            LocalDateTime t = c.visit().begin();
            if (c != stay && t.isAfter(from) && t.isBefore(to) && !here.equals(c.visit().institutionCode())) {
                out.add(c);
            }
        }
        return out;
    }

    /** Parses a threshold list of charge categories by enum name (NURSING,TREATMENT,...). */
    static Set<ChargeCategory> categories(String names) {
        Set<ChargeCategory> set = EnumSet.noneOf(ChargeCategory.class);
        for (String n : names.split(",")) {
            String name = n.trim();
            if (!name.isEmpty()) {
                try {
                    set.add(ChargeCategory.valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("unknown charge category in thresholds: " + name, e);
                }
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
