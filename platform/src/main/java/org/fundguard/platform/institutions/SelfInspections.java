package org.fundguard.platform.institutions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fundguard.core.Lead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The self-inspection tables (V40). A submitted report is frozen by database triggers as well. */
@Repository
class SelfInspections {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SelfInspections(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long create(String code, String name, LocalDate from, LocalDate to, long runId, String sourcePath, String engine,
            int visits, List<Lead> hits, Collection<OwnDataScreening.EvidenceRow> rows, String actor) {
        long amount = hits.stream().mapToLong(Lead::amountFen).sum();
        long id = jdbc.sql("""
                insert into self_inspections (fixmedins_code, fixmedins_name, period_from, period_to, run_id, source_path,
                    engine, visits, status, hit_count, amount_fen, created_by)
                values (?,?,?,?,?,?,?,?,'OPEN',?,?,?) returning id""")
                .params(code, name, from, to, runId, sourcePath, engine, visits, hits.size(), amount, actor)
                .query(Long.class).single();
        template.batchUpdate("""
                insert into self_inspection_hits (inspection_id, lead_id, category, source, subject_type, subject_id,
                    psn_no, amount_fen, evidence, explanation) values (?,?,?,?,?,?,?,?,?,?)""", hits, 500, (ps, l) -> {
                    ps.setLong(1, id);
                    ps.setString(2, l.leadId());
                    ps.setString(3, l.category().name());
                    ps.setString(4, l.source());
                    ps.setString(5, l.subjectType().name());
                    ps.setString(6, l.subjectId());
                    ps.setString(7, l.psnNo());
                    ps.setLong(8, l.amountFen());
                    ps.setString(9, String.join(";", l.evidence()));
                    ps.setString(10, l.explanation());
                });
        template.batchUpdate("insert into self_inspection_rows values (?,?,?,?,?)", rows, 500, (ps, r) -> {
            ps.setLong(1, id);
            ps.setString(2, r.ref());
            ps.setTimestamp(3, r.at() == null ? null : Timestamp.valueOf(r.at()));
            ps.setString(4, r.description());
            ps.setObject(5, r.amountFen());
        });
        return id;
    }

    Optional<SelfInspection> find(long id) {
        return jdbc.sql("select * from self_inspections where id = ?").param(id).query(SelfInspections::inspection).optional();
    }

    List<SelfInspection> ofInstitution(String code) {
        return jdbc.sql("select * from self_inspections where fixmedins_code = ? order by id desc").param(code)
                .query(SelfInspections::inspection).list();
    }

    List<SelfInspection> submitted() {
        return jdbc.sql("select * from self_inspections where status = 'SUBMITTED' order by submitted_at desc")
                .query(SelfInspections::inspection).list();
    }

    List<Hit> hits(long id) {
        return jdbc.sql("select * from self_inspection_hits where inspection_id = ? order by category, subject_id, lead_id")
                .param(id).query(SelfInspections::hit).list();
    }

    Optional<Hit> hit(long id, String leadId) {
        return jdbc.sql("select * from self_inspection_hits where inspection_id = ? and lead_id = ?").params(id, leadId)
                .query(SelfInspections::hit).optional();
    }

    List<OwnDataScreening.EvidenceRow> rows(long id) {
        return jdbc.sql("select * from self_inspection_rows where inspection_id = ? order by at nulls first, ref").param(id)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("at");
                    long amount = rs.getLong("amount_fen");
                    Long a = rs.wasNull() ? null : amount;
                    return new OwnDataScreening.EvidenceRow(rs.getString("ref"), at == null ? null : at.toLocalDateTime(),
                            rs.getString("description"), a);
                }).list();
    }

    void answer(long id, String leadId, Disposition d, String reason, long returnedFen, String actor) {
        jdbc.sql("""
                update self_inspection_hits set disposition = ?, reason = ?, returned_fen = ?, answered_by = ?,
                    answered_at = now() where inspection_id = ? and lead_id = ?""")
                .params(d.name(), reason, returnedFen, actor, id, leadId).update();
    }

    void submit(long id, String summary, long returnedFen, String actor) {
        jdbc.sql("""
                update self_inspections set status = 'SUBMITTED', summary = ?, returned_fen = ?, submitted_by = ?,
                    submitted_at = now() where id = ?""")
                .params(summary, returnedFen, actor, id).update();
    }

    /** A clue of a data run that could concern the report: the institution's, dated in the period or undated. */
    record RunLead(String clueId, String category, String subjectId, long amountFen) {
        String key() {
            return category + '|' + subjectId;
        }
    }

    List<RunLead> runLeads(long runId, String code, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select rl.lead_id, rl.category, rl.subject_id, rl.amount_fen
                from run_leads rl join clues c on c.id = rl.lead_id
                where rl.run_id = ? and (rl.fixmedins_code = ? or (rl.subject_type = 'INSTITUTION' and rl.subject_id = ?))
                  and (c.occurred_on is null or c.occurred_on between ? and ?)
                order by rl.lead_id""")
                .params(runId, code, code, from, to)
                .query((rs, n) -> new RunLead(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    /** Records a gap; false when the clue was already recorded for this report by an earlier run. */
    boolean addGap(long id, RunLead lead, long runId, String kind) {
        return jdbc.sql("""
                insert into self_inspection_gaps (inspection_id, clue_id, run_id, kind, category, amount_fen)
                values (?,?,?,?,?,?) on conflict do nothing""")
                .params(id, lead.clueId(), runId, kind, lead.category(), lead.amountFen()).update() > 0;
    }

    void flag(String code, long id, long runId, String kind, int clues, long amountFen) {
        jdbc.sql("""
                insert into institution_integrity_flags (fixmedins_code, inspection_id, run_id, kind, clue_count, amount_fen)
                values (?,?,?,?,?,?) on conflict do nothing""")
                .params(code, id, runId, kind, clues, amountFen).update();
    }

    void checked(long id, long runId, int undisclosed, int reappeared) {
        jdbc.sql("""
                insert into self_inspection_checks (inspection_id, run_id, undisclosed, reappeared) values (?,?,?,?)
                on conflict (inspection_id, run_id) do update set undisclosed = excluded.undisclosed,
                    reappeared = excluded.reappeared, checked_at = now()""")
                .params(id, runId, undisclosed, reappeared).update();
    }

    record Check(long runId, int undisclosed, int reappeared, OffsetDateTime checkedAt) {
    }

    List<Check> checks(long id) {
        return jdbc.sql("select * from self_inspection_checks where inspection_id = ? order by run_id").param(id)
                .query((rs, n) -> new Check(rs.getLong("run_id"), rs.getInt("undisclosed"), rs.getInt("reappeared"),
                        rs.getObject("checked_at", OffsetDateTime.class))).list();
    }

    List<Gap> gaps(long id) {
        return jdbc.sql("select * from self_inspection_gaps where inspection_id = ? order by found_at, clue_id").param(id)
                .query(SelfInspections::gap).list();
    }

    List<Gap> gapsOfClue(String clueId) {
        return jdbc.sql("select * from self_inspection_gaps where clue_id = ? order by inspection_id").param(clueId)
                .query(SelfInspections::gap).list();
    }

    record Flag(String kind, long runId, int clueCount, long amountFen, OffsetDateTime raisedAt) {
        public String amount() {
            return org.fundguard.core.Money.format(amountFen);
        }
    }

    List<Flag> flags(long id) {
        return jdbc.sql("select * from institution_integrity_flags where inspection_id = ? order by id").param(id)
                .query((rs, n) -> new Flag(rs.getString("kind"), rs.getLong("run_id"), rs.getInt("clue_count"),
                        rs.getLong("amount_fen"), rs.getObject("raised_at", OffsetDateTime.class))).list();
    }

    private static Gap gap(ResultSet rs, int n) throws SQLException {
        return new Gap(rs.getLong("inspection_id"), rs.getString("clue_id"), rs.getLong("run_id"), rs.getString("kind"),
                rs.getString("category"), rs.getLong("amount_fen"), rs.getObject("found_at", OffsetDateTime.class));
    }

    private static SelfInspection inspection(ResultSet rs, int n) throws SQLException {
        return new SelfInspection(rs.getLong("id"), rs.getString("fixmedins_code"), rs.getString("fixmedins_name"),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getLong("run_id"), rs.getString("source_path"), rs.getString("engine"), rs.getInt("visits"), rs.getString("status"),
                rs.getInt("hit_count"), rs.getLong("amount_fen"), rs.getLong("returned_fen"), rs.getString("summary"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class));
    }

    private static Hit hit(ResultSet rs, int n) throws SQLException {
        String d = rs.getString("disposition");
        return new Hit(rs.getString("lead_id"), rs.getString("category"), rs.getString("source"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("psn_no"), rs.getLong("amount_fen"),
                rs.getString("evidence"), rs.getString("explanation"), d == null ? null : Disposition.valueOf(d),
                rs.getString("reason"), rs.getLong("returned_fen"), rs.getString("answered_by"),
                rs.getObject("answered_at", OffsetDateTime.class));
    }
}
