package org.fundguard.engine;

import java.util.List;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.core.SubjectType;

/**
 * What a rule or a model found, with its evidence: which detector and version, the subject, the row
 * ids that support it, the thresholds used and the values observed, the amount at stake and the
 * fund's share of it, and one Chinese sentence naming the figures.
 *
 * @param source        {@code RULE:<rule code>} or {@code MODEL:<model code>}
 * @param version       the rule or model version that produced it
 * @param evidence      {@code table:id} row references, e.g. {@code fee_details:F123}
 * @param observed      thresholds and observed values by name, for the evidence view
 * @param amountFen     the violation amount (金额)
 * @param fundShareFen  the fund's part of the amount (基金支付部分)
 */
public record Finding(
        String source,
        String version,
        Category category,
        SubjectType subjectType,
        String subjectId,
        String institutionCode,
        String psnNo,
        double score,
        long amountFen,
        long fundShareFen,
        List<String> evidence,
        Map<String, String> observed,
        String explanation) {

    public Finding {
        if (score < 0 || score > 1 || Double.isNaN(score)) {
            throw new IllegalArgumentException("score must be within 0..1: " + score);
        }
        evidence = List.copyOf(evidence);
        observed = Map.copyOf(observed);
    }
}
