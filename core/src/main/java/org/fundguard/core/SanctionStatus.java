package org.fundguard.core;

import java.time.LocalDate;

/**
 * sanction_status.csv — a suspension or termination in force: an institution's agreement (中止/解除协议),
 * one department's (中止科室 / 暂停相关责任部门), or a practitioner's payment qualification
 * (暂停/终止医保支付资格, keyed by the practitioner, valid at every institution). The enforcement module
 * writes it from decisions and points; detection reads it.
 *
 * @param deptCode only for DEPARTMENT: the department of {@code subjectCode}'s institution
 * @param status   SUSPENDED or TERMINATED
 * @param to       last day in force (inclusive); null = open (a termination, or a suspension without end)
 * @param basis    the case or decision number (决定书文号) it rests on
 */
public record SanctionStatus(
        Subject subjectType,   // subject_type
        String subjectCode,    // subject_code: fixmedins_code, or prac_code for PRACTITIONER
        String deptCode,       // dept_code
        AgreementStatus status, // status
        LocalDate from,        // effective_from
        LocalDate to,          // effective_to
        String basis) implements java.io.Serializable { // basis

    /** subject_type of sanction_status.csv. */
    public enum Subject implements Coded {
        INSTITUTION("INSTITUTION", "机构"),
        DEPARTMENT("DEPARTMENT", "科室"),
        PRACTITIONER("PRACTITIONER", "医药人员");

        private final String code;
        private final String label;

        Subject(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public String code() {
            return code;
        }

        public String label() {
            return label;
        }

        public static Subject of(String code) {
            return Coded.byCode(Subject.class, code);
        }
    }

    /** Whether it is in force on the given day: from ≤ day ≤ to (the day before {@code from} is not affected). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
