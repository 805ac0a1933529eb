package org.fundguard.governance.credit;

import java.util.Objects;
import org.fundguard.core.Category;

/**
 * A finding confirmed by a decided case (not a lead): its category and the amount found to be
 * improperly paid, in fen. {@code year} is the period of the decision.
 */
public record ConfirmedFinding(Subject subject, int year, Category category, long amountFen, String caseId) {
    public ConfirmedFinding {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(category, "category");
        if (amountFen < 0) {
            throw new IllegalArgumentException("negative amount " + amountFen + " for " + subject);
        }
    }
}
