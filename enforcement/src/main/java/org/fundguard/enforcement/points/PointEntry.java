package org.fundguard.enforcement.points;

import java.time.LocalDate;

/**
 * Points recorded against a practitioner by a decision (记分决定).
 *
 * @param practitionerCode prac_code: the person, whichever institution the conduct was at
 * @param date             the day the points were recorded; it decides the natural year they count in
 * @param suspensionMonths the suspension chosen if these points reach the suspension threshold (0 = the minimum)
 */
public record PointEntry(String practitionerCode, LocalDate date, String conductCode, int points, String caseNo,
        int suspensionMonths) {
    public PointEntry {
        if (practitionerCode == null || practitionerCode.isBlank() || date == null) {
            throw new IllegalArgumentException("a point entry needs a practitioner and a date");
        }
    }
}
