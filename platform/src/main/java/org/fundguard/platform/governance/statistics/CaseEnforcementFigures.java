package org.fundguard.platform.governance.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import org.fundguard.platform.cases.CaseStatistics;
import org.springframework.stereotype.Component;

/**
 * The case-handling rows from the cases feature's statistics feed. 追回 is money actually paid back to
 * the fund in the period (the bulletins report 追回医保基金 as received, seed 003); 罚款 is fines and
 * liquidated damages decided in the period, as the bulletins report 罚金.
 */
@Component
class CaseEnforcementFigures implements EnforcementFigures {
    private final CaseStatistics cases;

    CaseEnforcementFigures(CaseStatistics cases) {
        this.cases = cases;
    }

    @Override
    public String source() {
        return "案件处理决定与执行记录 (case decisions and payments)";
    }

    @Override
    public Enforcement between(LocalDate from, LocalDate toExclusive) {
        long interviews = 0;
        long suspensions = 0;
        long terminations = 0;
        long penalties = 0;
        long judicial = 0;
        long discipline = 0;
        long recovered = 0;
        long fined = 0;
        for (CaseStatistics.MonthFigures m : cases.monthly(YearMonth.from(from), YearMonth.from(toExclusive.minusDays(1)))) {
            interviews += m.interviews();
            suspensions += m.suspensions();
            terminations += m.terminations();
            penalties += m.administrativePenalties();
            judicial += m.judicialReferrals();
            discipline += m.disciplineReferrals();
            recovered += m.recoveredFen();
            fined += m.finedFen();
        }
        return new Enforcement(interviews, suspensions, terminations, penalties, judicial, discipline, recovered, fined);
    }
}
