package org.fundguard.platform.cases;

import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Cases (案件): opened from a confirmed clue. Case handling itself (investigation, decision, penalty)
 * is a later issue; a case here is its number, its clue and its status.
 */
@Repository
public class Cases {
    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Case(long id, String caseNo, String clueId, String status, String title, String openedBy,
            OffsetDateTime openedAt) {
    }

    /** Opens a case and returns its number (FG-<year>-<6 digits>). */
    public String open(String clueId, String title, String actor) {
        long id = jdbc.sql("select nextval('cases_id_seq')").query(Long.class).single();
        String caseNo = String.format("FG-%d-%06d", Year.now().getValue(), id);
        jdbc.sql("insert into cases (id, case_no, clue_id, status, title, opened_by) values (?,?,?,'OPEN',?,?)")
                .params(id, caseNo, clueId, title, actor).update();
        return caseNo;
    }

    public List<Case> all() {
        return jdbc.sql("select * from cases order by id desc").query((rs, n) -> new Case(rs.getLong("id"),
                rs.getString("case_no"), rs.getString("clue_id"), rs.getString("status"), rs.getString("title"),
                rs.getString("opened_by"), rs.getObject("opened_at", OffsetDateTime.class))).list();
    }

    public java.util.Optional<String> caseNoOf(String clueId) {
        return jdbc.sql("select case_no from cases where clue_id = ?").param(clueId).query(String.class).optional();
    }
}
