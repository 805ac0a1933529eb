package org.fundguard.platform.clues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The inbox's filter and order, as query parameters. Sort keys are whitelisted: a request can never
 * put its own text into the ORDER BY.
 */
public record InboxFilter(
        String category,
        String institution,
        ClueStatus status,
        SourceKind sourceKind,
        BigDecimal minAmount,
        BigDecimal minScore,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String assignee,
        String sort,
        String dir,
        Integer page) {

    static final int PAGE_SIZE = 50;

    static final Map<String, String> SORTS = Map.of(
            "amount", "c.amount_fen",
            "score", "c.score",
            "date", "coalesce(c.occurred_on, c.created_at::date)",
            "category", "c.category",
            "institution", "c.fixmedins_code",
            "status", "c.status");

    public static InboxFilter none() {
        return new InboxFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    String orderBy() {
        String column = SORTS.getOrDefault(sort == null ? "" : sort, "c.amount_fen");
        String direction = "asc".equalsIgnoreCase(dir) ? "asc" : "desc";
        return column + " " + direction + " nulls last, c.id";
    }

    int pageIndex() {
        return page == null || page < 0 ? 0 : page;
    }

    public String sortKey() {
        return sort == null || !SORTS.containsKey(sort) ? "amount" : sort;
    }

    public boolean ascending() {
        return "asc".equalsIgnoreCase(dir);
    }
}
