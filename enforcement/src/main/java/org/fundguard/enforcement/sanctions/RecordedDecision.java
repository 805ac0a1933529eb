package org.fundguard.enforcement.sanctions;

import java.util.List;

/**
 * A decision that passed {@link Decisions}: each chosen sanction beside its lawful range and the
 * level's sub-range, so the decision letter can state both (执法全过程记录).
 */
public record RecordedDecision(Decision decision, LawfulRange range, String province, DiscretionLevel level,
        List<Chosen> sanctions) {

    public RecordedDecision {
        sanctions = List.copyOf(sanctions);
    }

    public record Chosen(SanctionRange lawful, Bounds levelRange, Choice choice) {
    }

    /** The sum of the chosen fines (罚款 and 违约金) in fen. */
    public long penaltiesFen() {
        long sum = 0;
        for (Chosen c : sanctions) {
            if (c.choice().kind() == SanctionKind.FINE || c.choice().kind() == SanctionKind.LIQUIDATED_DAMAGES) {
                sum = Math.addExact(sum, c.choice().value());
            }
        }
        return sum;
    }

    /** The amount to return to the fund in fen (退回/追回). */
    public long returnFen() {
        for (Chosen c : sanctions) {
            if (c.choice().kind() == SanctionKind.RETURN_LOSS) {
                return c.choice().value();
            }
        }
        return 0;
    }
}
