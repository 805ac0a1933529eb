package org.fundguard.enforcement.sanctions;

/**
 * The lawful range of one sanction in one case: what it is, when it applies, whether the authority
 * must impose it, its bounds (fen, or a term) and the clause it rests on.
 */
public record SanctionRange(SanctionKind kind, Condition condition, Obligation obligation, Bounds bounds, String basis) {

    /** Whether a decision must contain it: mandatory and nothing left for the case to establish. */
    public boolean required() {
        return obligation == Obligation.MANDATORY
                && (condition == Condition.ALWAYS || condition == Condition.LOSS || condition == Condition.FRAUD);
    }
}
