package org.fundguard.enforcement.agreement;

import java.time.LocalDate;
import org.fundguard.core.AgreementStatus;

/**
 * One stretch of an agreement's status.
 *
 * @param deptCode null for the whole agreement
 * @param to       last day (inclusive), null = open
 */
public record AgreementInterval(String institutionCode, String deptCode, AgreementStatus status, LocalDate from, LocalDate to,
        String basis) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
