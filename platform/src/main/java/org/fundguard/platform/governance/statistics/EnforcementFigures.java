package org.fundguard.platform.governance.statistics;

import java.time.LocalDate;

/**
 * The case-handling rows of the 医保基金工作情况统计表: measures decided in a period and money
 * recovered and fined; the seam to case handling, read by {@link CaseEnforcementFigures} from
 * {@code cases.CaseStatistics}.
 */
public interface EnforcementFigures {

    /** One line for the report's notes: what the figures were taken from. */
    String source();

    /** Measures decided in [from, toExclusive). */
    Enforcement between(LocalDate from, LocalDate toExclusive);

    /** Institutions interviewed (约谈), suspended (暂停协议), terminated (解除协议), penalised (行政处罚); referrals; fen. */
    record Enforcement(long interviews, long suspensions, long terminations, long penalties, long judicialReferrals,
            long disciplineReferrals, long recoveredFen, long finedFen) {
        public static final Enforcement NONE = new Enforcement(0, 0, 0, 0, 0, 0, 0, 0);
    }
}
