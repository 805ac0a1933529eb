package org.fundguard.enforcement.agreement;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fundguard.enforcement.files.DataFile;
import org.fundguard.enforcement.files.DataFileException;

/**
 * Suggests 解除协议 (《医疗机构医疗保障定点管理暂行办法》第四十条): the agreement was suspended as often
 * as the policy says (令第2号: twice) within its term, or fraud (欺诈骗保) was confirmed. Only
 * whole-agreement suspensions count; a department's suspension (中止科室) is not a suspension of the
 * agreement. The threshold is data (sanctions/agreement-policy.csv) since local agreements may differ.
 */
public final class TerminationAdvice {
    private static final List<String> COLUMNS = List.of("key", "value", "basis");
    private static final String RESOURCE = "/org/fundguard/enforcement/sanctions/agreement-policy.csv";
    private static final String KEY = "termination_after_suspensions";

    private final int suspensions;
    private final String basis;

    private TerminationAdvice(int suspensions, String basis) {
        this.suspensions = suspensions;
        this.basis = basis;
    }

    /** The national rule as shipped (sanctions/agreement-policy.csv). */
    public static TerminationAdvice builtIn() {
        return parse(DataFile.resource(TerminationAdvice.class, RESOURCE, COLUMNS));
    }

    /** A local agreement's policy file in the same format. */
    public static TerminationAdvice read(Path policyFile) {
        return parse(DataFile.read(policyFile, COLUMNS));
    }

    private static TerminationAdvice parse(List<DataFile.Row> rows) {
        for (DataFile.Row r : rows) {
            if (KEY.equals(r.required("key"))) {
                return new TerminationAdvice((int) r.number("value", 1, 100), r.required("basis"));
            }
        }
        throw new DataFileException(rows.isEmpty() ? "agreement policy" : rows.get(0).file(), "missing key " + KEY);
    }

    /** Suspensions of the agreement within one term after which termination is suggested. */
    public int suspensionsForTermination() {
        return suspensions;
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
    public Optional<Suggestion> assess(String institutionCode, List<AgreementEvent> history, LocalDate termStart, LocalDate termEnd,
            boolean fraudConfirmed) {
        List<AgreementEvent> within = new ArrayList<>();
        for (AgreementEvent e : history) {
            if (e.institutionCode().equals(institutionCode) && e.deptCode() == null && e.action() == AgreementAction.SUSPEND
                    && !e.from().isBefore(termStart) && !e.from().isAfter(termEnd)) {
                within.add(e);
            }
        }
        if (fraudConfirmed) {
            return Optional.of(new Suggestion(institutionCode + "经查实存在欺诈骗保行为，建议解除医保协议", basis, within));
        }
        if (within.size() >= suspensions) {
            StringBuilder b = new StringBuilder();
            for (AgreementEvent e : within) {
                b.append(b.length() == 0 ? "" : "、").append(e.from()).append("(").append(e.basis()).append(")");
            }
            return Optional.of(new Suggestion(institutionCode + "在协议期" + termStart + "至" + termEnd + "内已" + within.size()
                    + "次被中止医保协议(" + b + ")，达到" + suspensions + "次，建议解除医保协议", basis, within));
        }
        return Optional.empty();
    }
}
