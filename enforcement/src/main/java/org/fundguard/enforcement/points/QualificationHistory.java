package org.fundguard.enforcement.points;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A practitioner's payment-qualification status over time, from their point entries.
 *
 * @param intervals          consecutive, first from null (since registration), the last open
 * @param reRegistrationFrom after a termination, the first day a new 登记备案 is allowed; null otherwise
 * @param pointsByYear       points per natural year
 */
public record QualificationHistory(String practitionerCode, List<QualificationInterval> intervals, LocalDate reRegistrationFrom,
        Map<Integer, Integer> pointsByYear) {

    public QualificationHistory {
        intervals = List.copyOf(intervals);
        pointsByYear = Map.copyOf(pointsByYear);
    }

    public QualificationStatus statusOn(LocalDate day) {
        for (QualificationInterval i : intervals) {
            if (i.covers(day)) {
                return i.status();
            }
        }
        return QualificationStatus.QUALIFIED;
    }

    public int pointsIn(int year) {
        return pointsByYear.getOrDefault(year, 0);
    }
}
