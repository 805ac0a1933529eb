package org.fundguard.engine.models;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.fundguard.engine.Claim;

/**
 * The region's visits reduced to who went where, on which day, at what time of day, and whether it
 * was an admission: the input of the co-visit graph. Mutable only inside the fold; what is derived
 * from the complete log is computed once per JVM and cached (transient), so on Spark every executor
 * derives it from the broadcast log.
 */
final class CoVisitLog implements Serializable {
    record Entry(String psnNo, String institution, int epochDay, int minute, boolean admission)
            implements Serializable {
    }

    private final ArrayList<Entry> entries = new ArrayList<>();
    private transient volatile Object derived;

    void add(Claim c) {
        LocalDateTime t = c.visit().begin();
        entries.add(new Entry(c.visit().psnNo(), c.visit().institutionCode(), (int) t.toLocalDate().toEpochDay(),
                t.getHour() * 60 + t.getMinute(), c.visit().isInpatient()));
    }

    CoVisitLog merge(CoVisitLog other) {
        entries.addAll(other.entries);
        return this;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The value derived from the complete log, computed once (the log no longer changes by then). */
    @SuppressWarnings("unchecked")
    <T> T derived(Supplier<T> compute) {
        Object d = derived;
        if (d == null) {
            synchronized (this) {
                d = derived;
                if (d == null) {
                    d = compute.get();
                    derived = d;
                }
            }
        }
        return (T) d;
    }
}
