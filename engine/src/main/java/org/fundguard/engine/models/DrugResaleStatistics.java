package org.fundguard.engine.models;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The last day the region's data covers (its as-of date). Days of supply are weighed against the
 * days from a person's first dispensing to this date: drugs bought can have been taken until then at
 * the latest, so a stock-up bought early in the window is not held against anyone.
 */
public final class DrugResaleStatistics implements Serializable {
    private LocalDate lastDay;

    void see(LocalDate day) {
        if (day != null && (lastDay == null || day.isAfter(lastDay))) {
            lastDay = day;
        }
    }

    DrugResaleStatistics mergeFrom(DrugResaleStatistics other) {
        see(other.lastDay);
        return this;
    }

    /** The latest visit day in the region; null for an empty region. */
    LocalDate lastDay() {
        return lastDay;
    }
}
