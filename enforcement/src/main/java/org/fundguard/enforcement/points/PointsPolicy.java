package org.fundguard.enforcement.points;

/** The thresholds of 医保发〔2024〕23号, read from points-policy.csv. */
public record PointsPolicy(int suspendAt, int suspensionMonthsMin, int suspensionMonthsMax, int terminateAt, int banYears,
        int banYearsAtOnce) {
    public PointsPolicy {
        if (suspendAt <= 0 || terminateAt <= suspendAt || suspensionMonthsMin <= 0 || suspensionMonthsMax < suspensionMonthsMin
                || banYears <= 0 || banYearsAtOnce < banYears) {
            throw new IllegalArgumentException("inconsistent points policy");
        }
    }
}
