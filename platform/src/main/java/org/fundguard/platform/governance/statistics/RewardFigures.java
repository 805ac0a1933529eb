package org.fundguard.platform.governance.statistics;

import java.time.LocalDate;

/**
 * Reports (举报) and rewards (举报奖励) of a period: the seam to the reports feature (issue 7), read by
 * {@link ReportRewardFigures}.
 */
public interface RewardFigures {

    String source();

    /** Reports received, rewards granted (persons) and their amount in fen, in [from, toExclusive). */
    Rewards between(LocalDate from, LocalDate toExclusive);

    record Rewards(long reports, long rewarded, long rewardFen) {
    }
}
