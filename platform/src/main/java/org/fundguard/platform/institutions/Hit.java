package org.fundguard.platform.institutions;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.Money;

/** One hit of a self-inspection and the institution's answer to it. */
public record Hit(String leadId, String category, String source, String subjectType, String subjectId, String psnNo,
        long amountFen, String evidence, String explanation, Disposition disposition, String reason, long returnedFen,
        String answeredBy, OffsetDateTime answeredAt) {

    public String amount() {
        return Money.format(amountFen);
    }

    public String returned() {
        return Money.format(returnedFen);
    }

    public String categoryLabel() {
        Category c = Category.of(category);
        return c == null ? category : c.label();
    }

    public List<String> evidenceRefs() {
        return evidence.isEmpty() ? List.of() : Arrays.asList(evidence.split(";"));
    }

    /** What a later agency lead must match to count as this hit: the category and the subject. */
    String key() {
        return category + '|' + subjectId;
    }
}
