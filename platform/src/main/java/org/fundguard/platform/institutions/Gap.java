package org.fundguard.platform.institutions;

import java.time.OffsetDateTime;
import org.fundguard.core.Category;
import org.fundguard.core.Money;

/** A clue of a later data run that a submitted self-inspection missed (自查未发现) or that reappeared. */
public record Gap(long inspectionId, String clueId, long runId, String kind, String category, long amountFen,
        OffsetDateTime foundAt) {

    public String amount() {
        return Money.format(amountFen);
    }

    public String categoryLabel() {
        Category c = Category.of(category);
        return c == null ? category : c.label();
    }
}
