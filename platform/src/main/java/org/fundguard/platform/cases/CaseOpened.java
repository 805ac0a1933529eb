package org.fundguard.platform.cases;

import java.time.LocalDate;

/**
 * A case was filed (立案). Published synchronously inside the filing's transaction, so a listener's writes commit or
 * roll back with the case (a failing listener fails the filing). Other features (reports: the report's filing date
 * starts the 5-working-day notification of the reporter, 令第5号) follow cases through this and {@link CaseDecided}.
 *
 * @param clueId    the clue the case was filed from, or null
 * @param sourceRef the report or inspection reference for cases not filed from a clue, or null
 * @param on        the filing date (Asia/Shanghai)
 */
public record CaseOpened(String caseNo, String clueId, CaseSource source, String sourceRef, LocalDate on) {
}
