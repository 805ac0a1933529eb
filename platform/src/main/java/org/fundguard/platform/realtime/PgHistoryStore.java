package org.fundguard.platform.realtime;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fundguard.core.FeeDetail;
import org.fundguard.engine.Claim;
import org.fundguard.engine.rules.HistoryStore;
import org.fundguard.engine.rules.InMemoryHistoryStore;
import org.fundguard.engine.rules.TraceEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real-time auditor's history in PostgreSQL: settled claims by person and date, drug-box sales by
 * traceability code. Which sales and refunds a claim contributes is decided by the engine's own
 * in-memory store (net of the claim's refunds, only when a settlement stands), so both stores agree.
 */
@Repository
class PgHistoryStore implements HistoryStore {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    PgHistoryStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public List<Claim> claims(String psnNo, LocalDate from) {
        Date d = Date.valueOf(from);
        return jdbc.query("""
                select claim from rt_claims
                where psn_no = ? and (end_date is null or end_date >= ? or begin_date >= ?)""",
                (rs, n) -> ClaimCodec.decode(rs.getBytes(1)), psnNo, d, d);
    }

    @Override
    public List<TraceEvent> traceEvents(String traceCode) {
        return jdbc.query("select * from rt_trace_events where trace_code = ?",
                (rs, n) -> new TraceEvent(rs.getString("trace_code"), rs.getString("feedetl_sn"), rs.getString("mdtrt_id"),
                        rs.getString("psn_no"), rs.getString("fixmedins_code"), rs.getTimestamp("time").toLocalDateTime(),
                        rs.getBoolean("refund")),
                traceCode);
    }

    @Override
    public void record(Claim claim) {
        List<TraceEvent> events = traceEventsOf(claim);
        String id = claim.visit().mdtrtId();
        LocalDate end = claim.visit().end() == null ? null : claim.visit().end().toLocalDate();
        tx.executeWithoutResult(s -> {
            jdbc.update("""
                    insert into rt_claims (mdtrt_id, psn_no, begin_date, end_date, claim) values (?,?,?,?,?)
                    on conflict (mdtrt_id) do update set psn_no = excluded.psn_no, begin_date = excluded.begin_date,
                        end_date = excluded.end_date, claim = excluded.claim, recorded_at = now()""",
                    id, claim.visit().psnNo(), Date.valueOf(claim.visit().begin().toLocalDate()),
                    end == null ? null : Date.valueOf(end), ClaimCodec.encode(claim));
            jdbc.update("delete from rt_trace_events where mdtrt_id = ?", id);
            if (!events.isEmpty()) {
                jdbc.batchUpdate("insert into rt_trace_events values (?,?,?,?,?,?,?)", events, events.size(), (ps, e) -> {
                    ps.setString(1, e.traceCode());
                    ps.setString(2, e.feedetlSn());
                    ps.setString(3, e.mdtrtId());
                    ps.setString(4, e.psnNo());
                    ps.setString(5, e.institutionCode());
                    ps.setTimestamp(6, Timestamp.valueOf(e.time()));
                    ps.setBoolean(7, e.refund());
                });
            }
        });
    }

    /** Records many settled claims at once (seeding the history from a data set), 1,000 per transaction. */
    int recordAll(List<Claim> claims) {
        int n = 0;
        for (int from = 0; from < claims.size(); from += 1000) {
            List<Claim> batch = claims.subList(from, Math.min(claims.size(), from + 1000));
            List<TraceEvent> events = new ArrayList<>();
            batch.forEach(c -> events.addAll(traceEventsOf(c)));
            tx.executeWithoutResult(s -> {
                jdbc.batchUpdate("""
                        insert into rt_claims (mdtrt_id, psn_no, begin_date, end_date, claim) values (?,?,?,?,?)
                        on conflict (mdtrt_id) do update set psn_no = excluded.psn_no, begin_date = excluded.begin_date,
                            end_date = excluded.end_date, claim = excluded.claim, recorded_at = now()""",
                        batch, batch.size(), (ps, c) -> {
                            ps.setString(1, c.visit().mdtrtId());
                            ps.setString(2, c.visit().psnNo());
                            ps.setDate(3, Date.valueOf(c.visit().begin().toLocalDate()));
                            ps.setDate(4, c.visit().end() == null ? null : Date.valueOf(c.visit().end().toLocalDate()));
                            ps.setBytes(5, ClaimCodec.encode(c));
                        });
                jdbc.batchUpdate("delete from rt_trace_events where mdtrt_id = ?", batch, batch.size(),
                        (ps, c) -> ps.setString(1, c.visit().mdtrtId()));
                jdbc.batchUpdate("insert into rt_trace_events values (?,?,?,?,?,?,?)", events, Math.max(1, events.size()),
                        (ps, e) -> {
                            ps.setString(1, e.traceCode());
                            ps.setString(2, e.feedetlSn());
                            ps.setString(3, e.mdtrtId());
                            ps.setString(4, e.psnNo());
                            ps.setString(5, e.institutionCode());
                            ps.setTimestamp(6, Timestamp.valueOf(e.time()));
                            ps.setBoolean(7, e.refund());
                        });
            });
            n += batch.size();
        }
        return n;
    }

    private static List<TraceEvent> traceEventsOf(Claim claim) {
        Set<String> codes = new LinkedHashSet<>();
        for (FeeDetail l : claim.lines()) {
            codes.addAll(l.traceCodes());
        }
        if (codes.isEmpty()) {
            return List.of();
        }
        InMemoryHistoryStore one = new InMemoryHistoryStore();
        one.record(claim);
        List<TraceEvent> events = new ArrayList<>();
        for (String code : codes) {
            events.addAll(one.traceEvents(code));
        }
        return events;
    }
}
