package org.fundguard.platform.clues;

/**
 * An investigator's outcome (核查结果): 成立 the violation is established; 不成立 the suspicion was
 * reasonable but the facts clear the subject; 误报 the detector was wrong (bad data, a legitimate
 * pattern) — the one that most calls for tuning a rule or model.
 */
public enum Verdict {
    CONFIRMED(ClueStatus.CONFIRMED),
    NOT_ESTABLISHED(ClueStatus.NOT_ESTABLISHED),
    FALSE_POSITIVE(ClueStatus.FALSE_POSITIVE);

    private final ClueStatus status;

    Verdict(ClueStatus status) {
        this.status = status;
    }

    public ClueStatus status() {
        return status;
    }
}
