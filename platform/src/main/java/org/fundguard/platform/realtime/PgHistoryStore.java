package org.fundguard.platform.realtime;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fundguard.core.FeeDetail;
import org.fundguard.engine.Claim;
import org.fundguard.engine.rules.HistoryStore;
import org.fundguard.engine.rules.InMemoryHistoryStore;
import org.fundguard.engine.rules.TraceEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The real-time auditor's history in PostgreSQL: settled claims by person and date, drug-box sales by
 * traceability code. Which sales and refunds a claim contributes is decided by the engine's own
 * in-memory store (net of the claim's refunds, only when a settlement stands), so both stores agree.
 *
 * <p>Every audit reads the person's claims, so a person's history, once read, is kept in memory and
 * updated as claims are recorded (write-through); the table stays the record. This assumes one
 * platform instance writes the history (several would each need the person routed to one of them).
 * A recorded claim commits without waiting for the WAL flush ({@code synchronous_commit = off}): a
 * crash can lose the last fraction of a second of history — never corrupt it — and the batch audit
 * (事后审核) re-reads every settlement anyway; waiting for a disk flush per settled visit would cap
 * the endpoint at the disk's flush rate.
 */
@Repository
class PgHistoryStore implements HistoryStore {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final int maxCachedPersons;
    private final ConcurrentHashMap<String, List<Claim>> byPerson = new ConcurrentHashMap<>();

    PgHistoryStore(JdbcTemplate jdbc, TransactionTemplate tx,
            @Value("${fundguard.realtime.cached-persons:500000}") int maxCachedPersons) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.maxCachedPersons = maxCachedPersons;
    }

    @Override
    public List<Claim> claims(String psnNo, LocalDate from) {
        // loaded under the map's lock for this person, so a claim recorded meanwhile is not lost
        List<Claim> all = byPerson.computeIfAbsent(psnNo, this::load);
        if (byPerson.size() > maxCachedPersons) {
            evict();
        }
        List<Claim> out = new ArrayList<>(all.size());
        for (Claim c : all) {
            LocalDate begin = c.visit().begin().toLocalDate();
            LocalDate end = c.visit().end() == null ? null : c.visit().end().toLocalDate();
            if (end == null || !end.isBefore(from) || !begin.isBefore(from)) {
                out.add(c);
            }
        }
        return out;
    }

    private List<Claim> load(String psnNo) {
        return List.copyOf(jdbc.query("select claim from rt_claims where psn_no = ?",
                (rs, n) -> ClaimCodec.decode(rs.getBytes(1)), psnNo));
    }

    /** Drops about a tenth of the cached persons (whichever the map yields first); they reload on demand. */
    private void evict() {
        int drop = Math.max(1, maxCachedPersons / 10);
        var it = byPerson.keySet().iterator();
        while (drop-- > 0 && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    private void remember(Claim claim) {
        byPerson.computeIfPresent(claim.visit().psnNo(), (k, list) -> {
            List<Claim> next = new ArrayList<>(list.size() + 1);
            for (Claim c : list) {
                if (!c.visit().mdtrtId().equals(claim.visit().mdtrtId())) {
                    next.add(c);
                }
            }
            next.add(claim);
            return List.copyOf(next);
        });
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
            jdbc.execute("set local synchronous_commit = off");
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
        remember(claim);
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
            batch.forEach(this::remember);
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
