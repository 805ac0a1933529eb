package org.fundguard.core;

import java.util.List;

/** leads.csv — one 疑点线索 produced by screening. */
public record Lead(
        String leadId,
        Category category,
        String source,           // RULE:<code> or MODEL:<code>
        SubjectType subjectType,
        String subjectId,
        String institutionCode,  // may be null
        String psnNo,            // may be null
        double score,            // 0..1
        long amountFen,
        List<String> evidence,   // table:id
        String explanation) implements java.io.Serializable {

    public Lead {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
