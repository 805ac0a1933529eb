package org.fundguard.platform.governance.disclosure;

import java.time.OffsetDateTime;
import org.fundguard.core.Category;
import org.fundguard.core.Money;

/**
 * A published typical case (典型案例) of the 曝光台; personal data in it is already masked. {@code origin}:
 * DIRECTOR for one published on the governance form (its id is the disclosure's), CASE for a case
 * published at the end of case handling (its id is the case's).
 */
public record Disclosure(long id, String title, String category, int year, String institutionCode,
        String institutionName, String personMasked, String summary, String measures, long amountFen, String sourceRef,
        String publishedBy, OffsetDateTime publishedAt, boolean withdrawn, String origin) {

    public String anchor() {
        return origin.toLowerCase(java.util.Locale.ROOT) + "-" + id;
    }

    public String categoryLabel() {
        Category c = Category.of(category);
        return c == null ? category : c.label();
    }

    public String amount() {
        return Money.format(amountFen);
    }
}
