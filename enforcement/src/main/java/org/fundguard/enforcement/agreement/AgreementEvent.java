package org.fundguard.enforcement.agreement;

import java.time.LocalDate;

/**
 * A change of an institution's agreement status decided in a case.
 *
 * @param deptCode null for the whole agreement, a department code for 中止科室
 * @param to       last day of a suspension (inclusive); null for RESUME and TERMINATE
 * @param basis    the decision number (决定书文号)
 */
public record AgreementEvent(String institutionCode, String deptCode, AgreementAction action, LocalDate from, LocalDate to,
        String basis) {
    public AgreementEvent {
        if (institutionCode == null || action == null || from == null) {
            throw new IllegalArgumentException("an agreement event needs an institution, an action and a date");
        }
        if (action == AgreementAction.SUSPEND && (to == null || to.isBefore(from))) {
            throw new IllegalArgumentException("中止需要截止日期且不早于开始日期: " + from + " 至 " + to);
        }
    }

    public static AgreementEvent suspend(String institution, String dept, LocalDate from, LocalDate to, String basis) {
        return new AgreementEvent(institution, dept, AgreementAction.SUSPEND, from, to, basis);
    }

    public static AgreementEvent resume(String institution, String dept, LocalDate on, String basis) {
        return new AgreementEvent(institution, dept, AgreementAction.RESUME, on, null, basis);
    }

    public static AgreementEvent terminate(String institution, LocalDate from, String basis) {
        return new AgreementEvent(institution, null, AgreementAction.TERMINATE, from, null, basis);
    }
}
