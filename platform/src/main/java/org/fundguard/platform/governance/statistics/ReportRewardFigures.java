package org.fundguard.platform.governance.statistics;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports and rewards from the reports feature's register (issue 7): a report counts in the month it
 * was received (a duplicate merged into another is the same report), a reward in the month it was paid
 * (举报奖励 兑现; proposed or approved rewards are not yet money out of the fund).
 */
@Component
class ReportRewardFigures implements RewardFigures {
    private final JdbcClient jdbc;

    ReportRewardFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String source() {
        return "举报登记与举报奖励 (report register and rewards)";
    }

    @Override
    public Rewards between(LocalDate from, LocalDate toExclusive) {
        long reports = jdbc.sql("select count(*) from reports where status <> 'MERGED' and received_on >= ? and received_on < ?")
                .params(from, toExclusive).query(Long.class).single();
        long[] paid = jdbc.sql("""
                select count(*), coalesce(sum(reward_fen), 0) from report_rewards
                where status = 'PAID' and paid_on >= ? and paid_on < ?""")
                .params(from, toExclusive).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return new Rewards(reports, paid[0], paid[1]);
    }
}
