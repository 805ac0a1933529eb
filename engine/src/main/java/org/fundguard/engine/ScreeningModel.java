package org.fundguard.engine;

import java.io.Serializable;
import java.util.List;
import org.fundguard.core.Category;

/**
 * A big-data model (大数据模型): a pure function over claims grouped by a key, with region-wide
 * statistics gathered in a first pass. The same instance runs in the local executor and on Spark,
 * so a model holds no mutable state of its own, does no I/O and reads no clock: its thresholds are
 * given to it (data, not constants) and everything else comes in as arguments.
 *
 * <p>Execution: (1) statistics = fold of {@link #accumulate} over every claim, partial results joined
 * with {@link #merge}; (2) claims grouped by {@link #keys}; (3) {@link #screen} once per group.
 *
 * @param <S> the region statistics; may be a mutable accumulator, but only inside accumulate/merge
 */
public interface ScreeningModel<S extends Serializable> extends Serializable {

    /** Stable model code, used in {@code MODEL:<code>} sources and lead ids. */
    String code();

    String version();

    Category category();

    /** The groups a claim belongs to (person, institution, terminal, ...); empty when irrelevant. */
    List<String> keys(Claim claim, Region region);

    S emptyStatistics();

    S accumulate(S statistics, Claim claim, Region region);

    S merge(S left, S right);

    /** The findings of one group; its claims come in visit begin-time order, then by visit id. */
    List<Finding> screen(String key, List<Claim> group, S statistics, Region region);
}
