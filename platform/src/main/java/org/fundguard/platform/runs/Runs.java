package org.fundguard.platform.runs;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fundguard.core.Lead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Runs {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Runs(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long create(String dataset, String sourcePath, String mode, String actor) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(7310002)").query(Integer.class).single();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from data_runs where dataset = ?").param(dataset)
                .query(Integer.class).single();
        return jdbc.sql("""
                insert into data_runs (dataset, version, source_path, mode, status, created_by)
                values (?,?,?,?,'QUEUED',?) returning id""")
                .params(dataset, version, sourcePath, mode, actor).query(Long.class).single();
    }

    void progress(long id, String status, int progress, String message) {
        jdbc.sql("update data_runs set status = ?, progress = ?, message = ? where id = ?")
                .params(status, progress, message, id).update();
    }

    void finish(long id, String status, String message, String engine, int leadCount) {
        jdbc.sql("""
                update data_runs set status = ?, progress = case when ? = 'DONE' then 100 else progress end, message = ?,
                    engine = coalesce(?, engine), lead_count = ?, finished_at = now() where id = ?""")
                .params(status, status, message, engine, leadCount, id).update();
    }

    /** Runs a crash or a restart cut short are failed, not left running for ever. */
    int failInterrupted() {
        return jdbc.sql("""
                update data_runs set status = 'FAILED', message = 'interrupted: the platform stopped during the run',
                    finished_at = now() where status not in ('DONE', 'FAILED')""").update();
    }

    Optional<DataRun> find(long id) {
        return jdbc.sql("select * from data_runs where id = ?").param(id).query(Runs::run).optional();
    }

    List<DataRun> all() {
        return jdbc.sql("select * from data_runs order by id desc").query(Runs::run).list();
    }

    void saveLeads(long runId, List<Lead> leads) {
        template.batchUpdate("insert into run_leads values (?,?,?,?,?,?,?,?,?,?)", leads, 1000, (ps, l) -> {
            ps.setLong(1, runId);
            ps.setString(2, l.leadId());
            ps.setString(3, l.category().name());
            ps.setString(4, l.source());
            ps.setString(5, l.subjectType().name());
            ps.setString(6, l.subjectId());
            ps.setString(7, l.institutionCode());
            ps.setString(8, l.psnNo());
            ps.setBigDecimal(9, BigDecimal.valueOf(l.score()).setScale(6, java.math.RoundingMode.HALF_UP));
            ps.setLong(10, l.amountFen());
        });
    }

    /** Per category, the leads and amounts of two runs and the leads only one of them has. */
    List<CategoryCount> compare(long a, long b) {
        return jdbc.sql("""
                with x as (select * from run_leads where run_id = ?), y as (select * from run_leads where run_id = ?)
                select coalesce(x.category, y.category) as category,
                       count(x.lead_id) as leads_a, count(y.lead_id) as leads_b,
                       coalesce(sum(x.amount_fen), 0) as amount_a, coalesce(sum(y.amount_fen), 0) as amount_b,
                       count(*) filter (where y.lead_id is null) as only_a,
                       count(*) filter (where x.lead_id is null) as only_b
                from x full join y on x.lead_id = y.lead_id
                group by 1 order by 1""")
                .params(a, b)
                .query((rs, n) -> new CategoryCount(rs.getString("category"), rs.getLong("leads_a"), rs.getLong("leads_b"),
                        rs.getLong("amount_a"), rs.getLong("amount_b"), rs.getLong("only_a"), rs.getLong("only_b")))
                .list();
    }

    List<CategoryTotal> totals(long runId) {
        return jdbc.sql("select category, count(*), sum(amount_fen) from run_leads where run_id = ? group by category order by 2 desc")
                .param(runId).query((rs, n) -> new CategoryTotal(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    private static DataRun run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DataRun(rs.getLong("id"), rs.getString("dataset"), rs.getInt("version"), rs.getString("source_path"),
                rs.getString("mode"), rs.getString("status"), rs.getInt("progress"), rs.getString("message"),
                rs.getString("engine"), rs.getInt("lead_count"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
    }
}
