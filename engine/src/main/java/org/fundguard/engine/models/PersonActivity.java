package org.fundguard.engine.models;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
}
