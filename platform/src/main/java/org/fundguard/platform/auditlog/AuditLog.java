package org.fundguard.platform.auditlog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's audit log (操作日志): every action appended, never updated. Entries are chained by
 * SHA-256 so that a changed, removed or inserted row breaks the chain at that row. Callers pass
 * targets and details that carry no personal data in clear (ids, codes, masked values).
 */
@Service
public class AuditLog {
    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends one entry. Joins the caller's transaction, so the entry commits or rolls back with the
     * action it records; appends are serialised by a transaction-scoped advisory lock so that two
     * actions never take the same predecessor.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void append(String actor, String action, String target, String detail) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(7310001)").query(Integer.class).single();
        List<Object[]> last = jdbc.sql("select seq, hash from audit_log order by seq desc limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        long seq = last.isEmpty() ? 1 : (Long) last.get(0)[0] + 1;
        String prev = last.isEmpty() ? AuditEntry.GENESIS : (String) last.get(0)[1];
        // microseconds: what PostgreSQL keeps, so the hash recomputes from the stored value
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry e = new AuditEntry(seq, at, actor, action, target, detail == null ? "" : detail, prev, null);
        String hash = e.computeHash();
        jdbc.sql("insert into audit_log (seq, at, actor, action, target, detail, prev_hash, hash) values (?,?,?,?,?,?,?,?)")
                .params(seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, action, target, e.detail(), prev, hash)
                .update();
    }

    public List<AuditEntry> recent(int limit) {
        return jdbc.sql("select * from audit_log order by seq desc limit ?").param(limit).query(AuditEntry.MAPPER).list();
    }

    public List<AuditEntry> forTarget(String target) {
        return jdbc.sql("select * from audit_log where target = ? order by seq").param(target).query(AuditEntry.MAPPER).list();
    }
}
