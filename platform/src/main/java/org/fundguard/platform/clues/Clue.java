package org.fundguard.platform.clues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.fundguard.core.Category;
import org.fundguard.core.Money;

/** One clue (线索) as the inbox and the detail page show it; the person's name is already masked. */
public record Clue(
        String id,
        SourceKind sourceKind,
        String source,
        String category,
        String subjectType,
        String subjectId,
        String institutionCode,
        String institutionName,
        String psnNo,
        String personMasked,
        BigDecimal score,
        long amountFen,
        Long confirmedFen,
        String evidence,
        String explanation,
        ClueStatus status,
        String assignee,
        String verdictReason,
        String verifiedBy,
        OffsetDateTime verifiedAt,
        String mergedInto,
        Long firstRunId,
        Long lastRunId,
        LocalDate occurredOn,
        String createdBy,
        OffsetDateTime createdAt) {

    public String amount() {
        return Money.format(amountFen);
    }

    public String confirmedAmount() {
        return confirmedFen == null ? "" : Money.format(confirmedFen);
    }

    public String categoryLabel() {
        Category c = Category.of(category);
        return c == null ? category : c.label();
    }

    public List<String> evidenceRefs() {
        return evidence == null || evidence.isEmpty() ? List.of() : Arrays.asList(evidence.split(";"));
    }

    /** The row ids of one table named in the evidence, with the subject when it is of that table. */
    public List<String> evidenceIds(String table) {
        String prefix = table + ":";
        java.util.ArrayList<String> ids = new java.util.ArrayList<>();
        for (String ref : evidenceRefs()) {
            if (ref.startsWith(prefix)) {
                ids.add(ref.substring(prefix.length()));
            }
        }
        return ids;
    }

    public LocalDate date() {
        return occurredOn != null ? occurredOn : createdAt.toLocalDate();
    }
}
