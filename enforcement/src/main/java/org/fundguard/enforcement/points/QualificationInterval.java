package org.fundguard.enforcement.points;

import java.time.LocalDate;

/**
 * One stretch of a practitioner's status.
 *
 * @param from  first day (null = since registration)
 * @param to    last day inclusive (null = open)
 * @param basis the case numbers of the entries that caused it
 */
public record QualificationInterval(QualificationStatus status, LocalDate from, LocalDate to, int pointsInYear, String basis) {

    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
