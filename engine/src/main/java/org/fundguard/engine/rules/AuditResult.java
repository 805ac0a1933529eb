package org.fundguard.engine.rules;

import java.util.List;

/** The real-time audit of one visit: what was found, for the institution to correct before settling. */
public record AuditResult(String mdtrtId, String psnNo, RuleDefinition.Stage stage, List<RuleHit> hits) {
    public AuditResult {
        hits = List.copyOf(hits);
    }

    /** No violation: the visit may proceed. */
    public boolean passed() {
        return hits.isEmpty();
    }
}
