package org.fundguard.platform.governance;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Case rows as the cases feature stores them (V10), written directly so that governance tests can state
 * decided cases, sanctions, payments and publications of any date without walking the lifecycle.
 */
public final class CaseRows {
    private final JdbcClient jdbc;

    public CaseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case in execution for an institution, from the given clue (may be null); returns its id. */
    public long caseOf(String caseNo, String clueId, String institution) {
        return jdbc.sql("""
                insert into cases (case_no, clue_id, status, title, opened_by, fixmedins_code)
                values (?, ?, 'EXECUTING', ?, 'director', ?) returning id""")
                .params(caseNo, clueId, "案件 " + caseNo, institution).query(Long.class).single();
    }

    /** A decision of the given day; {@code appliedArticle} "P" is the agreement alone (not an administrative penalty). */
    public long decision(long caseId, String decidedOn, long lossFen, String appliedArticle) {
        return jdbc.sql("""
                insert into case_decisions (case_id, article, applied_article, fraud, loss_fen, province, level, level_label,
                                            reason, decided_on, decided_by)
                values (?, ?, ?, false, ?, 'SD', 'GENERAL', '一般', 'test', cast(? as date), 'director') returning id""")
                .params(caseId, appliedArticle, appliedArticle, lossFen, decidedOn).query(Long.class).single();
    }

    public void sanction(long decisionId, long caseId, String kind, long value) {
        jdbc.sql("""
                insert into case_sanctions (decision_id, case_id, kind, label, value, unit, lawful_min, lawful_max, level_min,
                                            level_max, basis)
                values (?, ?, ?, ?, ?, 'FEN', 0, 0, 0, 0, 'test')""")
                .params(decisionId, caseId, kind, kind, value).update();
    }

    public void due(long caseId, String kind, long fen) {
        jdbc.sql("insert into case_dues (case_id, kind, amount_fen) values (?, ?, ?)").params(caseId, kind, fen).update();
    }

    public void payment(long caseId, String paidOn, long fen) {
        jdbc.sql("""
                insert into case_payments (case_id, paid_on, amount_fen, reference, recorded_by)
                values (?, cast(? as date), ?, 'test', 'investigator')""").params(caseId, paidOn, fen).update();
    }

    public void publication(long caseId, String title, String summary, String publishedAt) {
        jdbc.sql("""
                insert into case_publications (case_id, title, summary, published_by, published_at)
                values (?, ?, ?, 'director', cast(? as timestamptz))""").params(caseId, title, summary, publishedAt).update();
    }
}
