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
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
 * Recorded claims are written behind, by one thread, in one transaction per batch of whatever has
 * queued up, committed without waiting for the WAL flush ({@code synchronous_commit = off}): a crash
 * can lose the last fraction of a second of history — never corrupt it — and the batch audit (事后审核)
 * re-reads every settlement anyway; a transaction and a disk flush per settled visit would cap the
 * endpoint at the disk's flush rate (docs/adr/0012-realtime-audit-endpoint.md).
 */
@Repository
class PgHistoryStore implements HistoryStore {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final int maxCachedPersons;
    private final long maxCachedLines;
    private final ConcurrentHashMap<String, List<Claim>> byPerson = new ConcurrentHashMap<>();
    /** Fee lines held in {@link #byPerson}, kept up to date on load, record and eviction (approximate under races). */
    private final java.util.concurrent.atomic.AtomicLong cachedLines = new java.util.concurrent.atomic.AtomicLong();
    private static final int WRITE_BATCH = 500;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PgHistoryStore.class);
    private final java.util.concurrent.BlockingQueue<Claim> pending = new java.util.concurrent.ArrayBlockingQueue<>(20_000);
    private volatile boolean running = true;
    private final java.util.concurrent.atomic.AtomicLong queued = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
    private Thread writer;

    PgHistoryStore(JdbcTemplate jdbc, TransactionTemplate tx,
            @Value("${fundguard.realtime.cached-persons:500000}") int maxCachedPersons,
            @Value("${fundguard.realtime.cached-lines:500000}") long maxCachedLines) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.maxCachedPersons = maxCachedPersons;
        this.maxCachedLines = maxCachedLines;
    }

    @Override
    public List<Claim> claims(String psnNo, LocalDate from) {
        // loaded under the map's lock for this person, so a claim recorded meanwhile is not lost
        List<Claim> all = byPerson.computeIfAbsent(psnNo, this::load);
        // bounded by persons and by fee lines: a busy person's history grows with every settled visit, and a
        // cache bounded by persons alone filled the platform's heap under sustained load (measured: -Xmx1g
        // full after ~300,000 posted 20-line visits); an evicted person reloads from rt_claims
        if (byPerson.size() > maxCachedPersons || cachedLines.get() > maxCachedLines) {
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
        List<Claim> claims = List.copyOf(jdbc.query("select claim from rt_claims where psn_no = ?",
                (rs, n) -> ClaimCodec.decode(rs.getBytes(1)), psnNo));
        cachedLines.addAndGet(lines(claims));
        return claims;
    }

    private static long lines(List<Claim> claims) {
        long n = 0;
        for (Claim c : claims) {
            n += c.lines().size();
        }
        return n;
    }

    /** Fee lines in the cache, for tests and the admin status. */
    long cachedLines() {
        return cachedLines.get();
    }

    /**
     * Drops about a tenth of the cached persons, or as many as bring the lines under nine tenths of their
     * bound (whichever the map yields first); they reload on demand.
     */
    private void evict() {
        int drop = Math.max(1, Math.min(byPerson.size(), maxCachedPersons) / 10);
        long target = maxCachedLines / 10 * 9;
        var it = byPerson.entrySet().iterator();
        while ((drop-- > 0 || cachedLines.get() > target) && it.hasNext()) {
            var e = it.next();
            if (byPerson.remove(e.getKey(), e.getValue())) {
                cachedLines.addAndGet(-lines(e.getValue()));
            }
        }
    }

    private void remember(Claim claim) {
        byPerson.computeIfPresent(claim.visit().psnNo(), (k, list) -> {
            List<Claim> next = new ArrayList<>(list.size() + 1);
            for (Claim c : list) {
                if (!c.visit().mdtrtId().equals(claim.visit().mdtrtId())) {
                    next.add(c);
                } else {
                    cachedLines.addAndGet(-c.lines().size());
                }
            }
            next.add(claim);
            cachedLines.addAndGet(claim.lines().size());
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

    /**
     * Records a settled claim: at once in the person's cached history (the next audit sees it), and in
     * the table by the writer thread, which commits whatever has queued up in one transaction.
     */
    @Override
    public void record(Claim claim) {
        remember(claim);
        queued.incrementAndGet();
        if (!pending.offer(claim)) {
            // the writer is behind by a whole queue: the caller waits instead of losing the claim
            write(List.of(claim));
            written.incrementAndGet();
        }
    }

    @PostConstruct
    void startWriter() {
        writer = new Thread(this::drain, "realtime-history-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Stops taking claims and writes what is queued before the database goes away. */
    @PreDestroy
    void stopWriter() throws InterruptedException {
        running = false;
        writer.interrupt();
        writer.join(10_000);
        List<Claim> rest = new ArrayList<>();
        pending.drainTo(rest);
        if (!rest.isEmpty()) {
            write(rest);
            written.addAndGet(rest.size());
        }
    }

    private void drain() {
        List<Claim> batch = new ArrayList<>(WRITE_BATCH);
        while (running) {
            try {
                Claim first = pending.take();
                batch.add(first);
                pending.drainTo(batch, WRITE_BATCH - 1);
                write(batch);
                written.addAndGet(batch.size());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (!running) {
                    return;
                }
            } catch (RuntimeException e) {
                written.addAndGet(batch.size());
                log.error("real-time history: {} claims not written", batch.size(), e);
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Claim> claims) {
        List<TraceEvent> events = new ArrayList<>();
        claims.forEach(c -> events.addAll(traceEventsOf(c)));
        tx.executeWithoutResult(s -> {
            jdbc.execute("set local synchronous_commit = off");
            jdbc.batchUpdate("""
                    insert into rt_claims (mdtrt_id, psn_no, begin_date, end_date, claim) values (?,?,?,?,?)
                    on conflict (mdtrt_id) do update set psn_no = excluded.psn_no, begin_date = excluded.begin_date,
                        end_date = excluded.end_date, claim = excluded.claim, recorded_at = now()""",
                    claims, claims.size(), (ps, c) -> {
                        ps.setString(1, c.visit().mdtrtId());
                        ps.setString(2, c.visit().psnNo());
                        ps.setDate(3, Date.valueOf(c.visit().begin().toLocalDate()));
                        ps.setDate(4, c.visit().end() == null ? null : Date.valueOf(c.visit().end().toLocalDate()));
                        ps.setBytes(5, ClaimCodec.encode(c));
                    });
            if (!events.isEmpty() || claims.stream().anyMatch(PgHistoryStore::mayHaveEvents)) {
                jdbc.batchUpdate("delete from rt_trace_events where mdtrt_id = ?", claims, claims.size(),
                        (ps, c) -> ps.setString(1, c.visit().mdtrtId()));
            }
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

    /** A claim recorded again may once have sold boxes that its new version no longer sells. */
    private static boolean mayHaveEvents(Claim c) {
        for (FeeDetail l : c.lines()) {
            if (!l.traceCodes().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Waits until every claim recorded so far is in the table (tests, seeding). */
    void flush() throws InterruptedException {
        long target = queued.get();
        while (written.get() < target) {
            Thread.sleep(5);
        }
    }

    /** Records many settled claims at once (seeding the history from a data set), 1,000 per transaction. */
    int recordAll(List<Claim> claims) {
        for (int from = 0; from < claims.size(); from += 1000) {
            List<Claim> batch = claims.subList(from, Math.min(claims.size(), from + 1000));
            write(batch);
            batch.forEach(this::remember);
        }
        return claims.size();
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
