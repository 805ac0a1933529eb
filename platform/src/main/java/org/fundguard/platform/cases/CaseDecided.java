package org.fundguard.platform.cases;

import java.time.LocalDate;

/**
 * A case reached an outcome: the decision (处理决定) was made, the case was dropped (撤销立案) or closed (结案).
 * Published synchronously inside the step's transaction, like {@link CaseOpened}.
 */
public record CaseDecided(String caseNo, String clueId, CaseSource source, String sourceRef, Outcome outcome, LocalDate on) {
    public enum Outcome {
        DECIDED, DROPPED, CLOSED
    }
}
