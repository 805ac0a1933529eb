package org.fundguard.enforcement.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Suggests 解除协议 (《医疗机构医疗保障定点管理暂行办法》第四十条): the agreement was suspended twice
 * or more within its term, or fraud (欺诈骗保) was confirmed. Only whole-agreement suspensions count;
 * a department's suspension (中止科室) is not a suspension of the agreement.
 */
public final class TerminationAdvice {
    static final int SUSPENSIONS = 2;

    private TerminationAdvice() {
    }

    public record Suggestion(String reason, String basis, List<AgreementEvent> grounds) {
        public Suggestion {
            grounds = List.copyOf(grounds);
        }
    }

    /**
     * @param history   the institution's agreement events
     * @param termStart first day of the current agreement term
     * @param termEnd   last day of the term (inclusive)
     */
    public static Optional<Suggestion> assess(String institutionCode, List<AgreementEvent> history, LocalDate termStart,
            LocalDate termEnd, boolean fraudConfirmed) {
        List<AgreementEvent> suspensions = new ArrayList<>();
        for (AgreementEvent e : history) {
            if (e.institutionCode().equals(institutionCode) && e.deptCode() == null && e.action() == AgreementAction.SUSPEND
                    && !e.from().isBefore(termStart) && !e.from().isAfter(termEnd)) {
                suspensions.add(e);
            }
        }
        String basis = "《医疗机构医疗保障定点管理暂行办法》第四十条";
        if (fraudConfirmed) {
            return Optional.of(new Suggestion(institutionCode + "经查实存在欺诈骗保行为，建议解除医保协议", basis, suspensions));
        }
        if (suspensions.size() >= SUSPENSIONS) {
            StringBuilder b = new StringBuilder();
            for (AgreementEvent e : suspensions) {
                b.append(b.length() == 0 ? "" : "、").append(e.from()).append("(").append(e.basis()).append(")");
            }
            return Optional.of(new Suggestion(institutionCode + "在协议期" + termStart + "至" + termEnd + "内已" + suspensions.size()
                    + "次被中止医保协议(" + b + ")，建议解除医保协议", basis, suspensions));
        }
        return Optional.empty();
    }
}
