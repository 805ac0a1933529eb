package org.fundguard.governance.credit;

import java.util.List;

/** A subject's grade for one year, with every deduction that led to it. */
public record CreditRating(Subject subject, int year, int score, CreditGrade grade, List<Deduction> deductions) {
    public CreditRating {
        deductions = List.copyOf(deductions);
    }

    /** Points taken off and why; {@code evidence} names the case the record comes from. */
    public record Deduction(int points, String reason, String evidence) {
    }
}
