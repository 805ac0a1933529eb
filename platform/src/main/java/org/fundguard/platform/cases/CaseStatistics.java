package org.fundguard.platform.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly figures of case handling for the governance report (月度监管报告): how many 约谈, 暂停, 解除,
 * 行政处罚, 移送司法 and 移送纪检 were decided, and the money decided and received. A month counts a measure
 * in the month of its decision, money in the month it was paid.
 */
@Service
public class CaseStatistics {
    private final JdbcClient jdbc;

    CaseStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One month's figures.
     *
     * @param interviews              约谈 decided
     * @param suspensions             暂停: of payments (暂停拨付), of the agreement or a department (中止), of direct settlement
     * @param terminations            解除协议
     * @param administrativePenalties decisions under an article of the Regulation (条例, not the agreement alone) with a fine
     * @param judicialReferrals       移送公安/司法机关
     * @param disciplineReferrals     移送纪检监察
     * @param recoveryDecidedFen      fund losses ordered returned (责令退回/追回)
     * @param finedFen                fines and liquidated damages decided
     * @param recoveredFen            paid back to the fund in the month
     * @param finesCollectedFen       fines and damages paid in the month
     */
    public record MonthFigures(YearMonth month, int interviews, int suspensions, int terminations, int administrativePenalties,
            int judicialReferrals, int disciplineReferrals, long recoveryDecidedFen, long finedFen, long recoveredFen,
            long finesCollectedFen) {
    }

    /** Every month from {@code from} to {@code to} inclusive, months without anything as zeros. */
    @Transactional(readOnly = true)
    public List<MonthFigures> monthly(YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        LocalDate start = from.atDay(1);
        LocalDate end = to.atEndOfMonth();
        Map<YearMonth, long[]> m = new LinkedHashMap<>();
        for (YearMonth ym = from; !ym.isAfter(to); ym = ym.plusMonths(1)) {
            m.put(ym, new long[10]);
        }
        jdbc.sql("""
                select d.decided_on, s.kind, s.value, d.applied_article from case_sanctions s join case_decisions d on d.id = s.decision_id
                where d.decided_on between ? and ?""").params(start, end).query(rs -> {
                    long[] f = m.get(YearMonth.from(rs.getObject(1, LocalDate.class)));
                    String kind = rs.getString(2);
                    long value = rs.getLong(3);
                    switch (kind) {
                        case "INTERVIEW" -> f[0]++;
                        case "WITHHOLD_PAYMENT", "SUSPEND_AGREEMENT", "SUSPEND_DEPARTMENT", "SUSPEND_DIRECT_SETTLEMENT" -> f[1]++;
                        case "TERMINATE_AGREEMENT" -> f[2]++;
                        case "REFER_POLICE" -> f[4]++;
                        case "REFER_DISCIPLINE" -> f[5]++;
                        case "RETURN_LOSS" -> f[6] += value;
                        case "FINE", "LIQUIDATED_DAMAGES" -> f[7] += value;
                        default -> {
                            // 责令改正 and the like are not counted in the report
                        }
                    }
                    if ("FINE".equals(kind) && !"P".equals(rs.getString(4))) {
                        f[3]++;
                    }
                });
        paid(start, end, m);
        List<MonthFigures> out = new ArrayList<>(m.size());
        m.forEach((ym, f) -> out.add(new MonthFigures(ym, (int) f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], (int) f[5], f[6],
                f[7], f[8], f[9])));
        return out;
    }

    /**
     * Splits each case's payments between the fund's loss and the penalties: the loss is settled first (the
     * fund is made whole before the agency collects its fines), so what a month received is attributed the
     * same way however the institution labelled its transfers.
     */
    private void paid(LocalDate start, LocalDate end, Map<YearMonth, long[]> m) {
        Map<Long, Long> recoveryDue = new HashMap<>();
        jdbc.sql("select case_id, sum(amount_fen) from case_dues where kind = 'RECOVERY' group by case_id")
                .query(rs -> {
                    recoveryDue.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, Long> settled = new HashMap<>();
        jdbc.sql("select case_id, paid_on, amount_fen from case_payments where paid_on <= ? order by case_id, paid_on, id").param(end)
                .query(rs -> {
                    long caseId = rs.getLong(1);
                    LocalDate day = rs.getObject(2, LocalDate.class);
                    long amount = rs.getLong(3);
                    long before = settled.getOrDefault(caseId, 0L);
                    settled.put(caseId, before + amount);
                    if (day.isBefore(start)) {
                        return;
                    }
                    long toFund = Math.max(0, Math.min(amount, recoveryDue.getOrDefault(caseId, 0L) - before));
                    long[] f = m.get(YearMonth.from(day));
                    f[8] += toFund;
                    f[9] += amount - toFund;
                });
    }
}
