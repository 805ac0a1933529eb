package org.fundguard.platform.governance.statistics;

import java.time.LocalDate;

/**
 * Reports (举报) and rewards (举报奖励) of a period. The seam to the reports feature (issue 7): until a
 * bean implements it, reports are counted from the inbox's REPORT clues and rewards are shown as not available.
 */
public interface RewardFigures {

    String source();

    /** Reports received, rewards granted (persons) and their amount in fen, in [from, toExclusive). */
    Rewards between(LocalDate from, LocalDate toExclusive);

    record Rewards(long reports, long rewarded, long rewardFen) {
    }
}
