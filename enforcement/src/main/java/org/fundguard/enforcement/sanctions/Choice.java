package org.fundguard.enforcement.sanctions;

/**
 * A sanction chosen in a decision: a fine or amount in fen, a term in its unit, or {@link Unit#NONE}
 * with value 0 for 约谈, 移送 and the like.
 */
public record Choice(SanctionKind kind, long value, Unit unit) {
    public static Choice of(SanctionKind kind) {
        return new Choice(kind, 0, Unit.NONE);
    }

    public static Choice fen(SanctionKind kind, long fen) {
        return new Choice(kind, fen, Unit.FEN);
    }

    public static Choice term(SanctionKind kind, long value, Unit unit) {
        return new Choice(kind, value, unit);
    }
}
