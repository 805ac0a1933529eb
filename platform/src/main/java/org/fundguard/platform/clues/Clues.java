package org.fundguard.platform.clues;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fundguard.core.Lead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clues table. Reads join the run's evidence for the institution's name and the masked person. */
@Repository
class Clues {
    private static final String SELECT = """
            select c.*, i.fixmedins_name, p.name_masked
            from clues c
            left join institution_stats i on i.run_id = c.last_run_id and i.fixmedins_code = c.fixmedins_code
            left join evidence_persons p on p.run_id = c.last_run_id and p.psn_no = c.psn_no
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Clues(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<Clue> find(String id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(Clues::clue).optional();
    }

    record Page(List<Clue> clues, long total, int page, int pages) {
    }

    Page search(InboxFilter f) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where true");
        if (notBlank(f.category())) {
            where.append(" and c.category = ?");
            params.add(f.category());
        }
        if (notBlank(f.institution())) {
            where.append(" and (c.fixmedins_code = ? or i.fixmedins_name like ?)");
            params.add(f.institution().trim());
            params.add("%" + f.institution().trim() + "%");
        }
        if (f.status() != null) {
            where.append(" and c.status = ?");
            params.add(f.status().name());
        } else {
            where.append(" and c.status <> 'MERGED'");
        }
        if (f.sourceKind() != null) {
            where.append(" and c.source_kind = ?");
            params.add(f.sourceKind().name());
        }
        if (f.minAmount() != null) {
            where.append(" and c.amount_fen >= ?");
            params.add(f.minAmount().movePointRight(2).longValue());
        }
        if (f.minScore() != null) {
            where.append(" and c.score >= ?");
            params.add(f.minScore());
        }
        if (f.from() != null) {
            where.append(" and coalesce(c.occurred_on, c.created_at::date) >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            where.append(" and coalesce(c.occurred_on, c.created_at::date) <= ?");
            params.add(f.to());
        }
        if (notBlank(f.assignee())) {
            where.append(" and c.assignee = ?");
            params.add(f.assignee());
        }
        long total = jdbc.sql("select count(*) from clues c left join institution_stats i on i.run_id = c.last_run_id"
                + " and i.fixmedins_code = c.fixmedins_code" + where).params(params).query(Long.class).single();
        int page = f.pageIndex();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(InboxFilter.PAGE_SIZE);
        pageParams.add((long) page * InboxFilter.PAGE_SIZE);
        List<Clue> clues = jdbc.sql(SELECT + where + " order by " + f.orderBy() + " limit ? offset ?")
                .params(pageParams).query(Clues::clue).list();
        int pages = (int) Math.max(1, (total + InboxFilter.PAGE_SIZE - 1) / InboxFilter.PAGE_SIZE);
        return new Page(clues, total, page, pages);
    }

    /**
     * Clues that may be the same matter: same category and subject, or same category, person or institution;
     * the same subject first, then the same person, so the likeliest duplicates are never crowded out by
     * larger amounts of the same institution.
     */
    List<Clue> possibleDuplicates(Clue c) {
        return jdbc.sql(SELECT + """
                 where c.id <> ? and c.status in ('NEW', 'ASSIGNED') and c.category = ?
                   and (c.subject_id = ? or (c.psn_no is not null and c.psn_no = ?)
                        or (cast(? as text) is null and c.fixmedins_code = ?))
                 order by (c.subject_id = ?) desc, (c.psn_no is not distinct from ?) desc, c.amount_fen desc, c.id
                 limit 50""")
                .params(c.id(), c.category(), c.subjectId(), c.psnNo(), c.psnNo(), c.institutionCode(), c.subjectId(),
                        c.psnNo())
                .query(Clues::clue).list();
    }

    void insertManual(String id, SourceKind kind, String source, String category, String institutionCode, String psnNo,
            long amountFen, String explanation, LocalDate occurredOn, String actor) {
        jdbc.sql("""
                insert into clues (id, source_kind, source, category, subject_type, subject_id, fixmedins_code, psn_no,
                                   amount_fen, explanation, status, occurred_on, created_by)
                values (?,?,?,?,?,?,?,?,?,?,'NEW',?,?)""")
                .params(id, kind.name(), source, category, psnNo != null ? "PERSON" : institutionCode != null ? "INSTITUTION" : null,
                        psnNo != null ? psnNo : institutionCode, institutionCode, psnNo, amountFen, explanation,
                        occurredOn, actor)
                .update();
    }

    /**
     * Adds the run's leads to the inbox. A lead id already there (the same finding reproduced by a
     * later run) keeps its status and history; its figures and evidence follow the newest run.
     *
     * @return how many clues are new
     */
    int upsertFromRun(long runId, List<Lead> leads, Map<String, LocalDate> occurredOn, String actor) {
        template.batchUpdate("""
                insert into clues (id, source_kind, source, category, subject_type, subject_id, fixmedins_code, psn_no,
                                   score, amount_fen, evidence, explanation, status, first_run_id, last_run_id,
                                   occurred_on, created_by)
                values (?,?,?,?,?,?,?,?,?,?,?,?,'NEW',?,?,?,?)
                on conflict (id) do update set score = excluded.score, amount_fen = excluded.amount_fen,
                    evidence = excluded.evidence, explanation = excluded.explanation, last_run_id = excluded.last_run_id,
                    occurred_on = coalesce(excluded.occurred_on, clues.occurred_on), updated_at = now()""",
                leads, 1000, (ps, l) -> {
                    ps.setString(1, l.leadId());
                    ps.setString(2, SourceKind.ofLeadSource(l.source()).name());
                    ps.setString(3, l.source());
                    ps.setString(4, l.category().name());
                    ps.setString(5, l.subjectType().name());
                    ps.setString(6, l.subjectId());
                    ps.setString(7, l.institutionCode());
                    ps.setString(8, l.psnNo());
                    ps.setBigDecimal(9, BigDecimal.valueOf(l.score()).setScale(6, java.math.RoundingMode.HALF_UP));
                    ps.setLong(10, l.amountFen());
                    ps.setString(11, String.join(";", l.evidence()));
                    ps.setString(12, l.explanation());
                    ps.setLong(13, runId);
                    ps.setLong(14, runId);
                    LocalDate d = occurredOn.get(l.leadId());
                    ps.setObject(15, d == null ? null : java.sql.Date.valueOf(d));
                    ps.setString(16, actor);
                });
        return jdbc.sql("select count(*) from clues where first_run_id = ?").param(runId).query(Long.class).single().intValue();
    }

    void assign(String id, String assignee, ClueStatus status) {
        jdbc.sql("update clues set assignee = ?, status = ?, updated_at = now() where id = ?")
                .params(assignee, status.name(), id).update();
    }

    void verify(String id, Verdict verdict, String reason, Long confirmedFen, String actor) {
        jdbc.sql("""
                update clues set status = ?, verdict_reason = ?, confirmed_fen = ?, verified_by = ?, verified_at = now(),
                    updated_at = now() where id = ?""")
                .params(verdict.status().name(), reason, confirmedFen, actor, id).update();
    }

    void mergeInto(String duplicate, String primary) {
        jdbc.sql("update clues set status = 'MERGED', merged_into = ?, updated_at = now() where id = ?")
                .params(primary, duplicate).update();
    }

    void setStatus(String id, ClueStatus status) {
        jdbc.sql("update clues set status = ?, updated_at = now() where id = ?").params(status.name(), id).update();
    }

    List<Clue> mergedInto(String primary) {
        return jdbc.sql(SELECT + " where c.merged_into = ? order by c.id").param(primary).query(Clues::clue).list();
    }

    long nextManualNumber() {
        return jdbc.sql("select count(*) + 1 from clues where source_kind not in ('MODEL', 'RULE')").query(Long.class).single();
    }

    static Clue clue(ResultSet rs, int n) throws SQLException {
        long first = rs.getLong("first_run_id");
        Long firstRun = rs.wasNull() ? null : first;
        long last = rs.getLong("last_run_id");
        Long lastRun = rs.wasNull() ? null : last;
        long conf = rs.getLong("confirmed_fen");
        Long confirmed = rs.wasNull() ? null : conf;
        return new Clue(rs.getString("id"), SourceKind.valueOf(rs.getString("source_kind")), rs.getString("source"),
                rs.getString("category"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("fixmedins_code"), rs.getString("fixmedins_name"), rs.getString("psn_no"),
                rs.getString("name_masked"), rs.getBigDecimal("score"), rs.getLong("amount_fen"), confirmed,
                rs.getString("evidence"), rs.getString("explanation"), ClueStatus.valueOf(rs.getString("status")),
                rs.getString("assignee"), rs.getString("verdict_reason"), rs.getString("verified_by"),
                rs.getObject("verified_at", OffsetDateTime.class), rs.getString("merged_into"), firstRun, lastRun,
                rs.getObject("occurred_on", LocalDate.class), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
