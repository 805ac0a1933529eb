package org.fundguard.platform.auditlog;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit log in order and names the first entry that breaks the chain: a sequence gap (a
 * row removed), a predecessor hash that differs from the previous row's hash (a row removed or
 * inserted), or a hash that does not match the row's content (a row changed). Removing the newest
 * rows leaves a shorter valid chain: compare the head hash with one recorded elsewhere.
 */
@Service
public class AuditLogVerifier {
    private final JdbcTemplate jdbc;

    AuditLogVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ChainVerification verify() {
        Walk walk = new Walk();
        jdbc.query(con -> {
            // fetched in pages inside the read-only transaction: the log grows without bound
            var ps = con.prepareStatement("select * from audit_log order by seq");
            ps.setFetchSize(1000);
            return ps;
        }, rs -> {
            if (walk.broken != null) {
                return;
            }
            AuditEntry e = new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                    rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("detail"),
                    rs.getString("prev_hash"), rs.getString("hash"));
            walk.check(e);
        });
        return new ChainVerification(walk.checked, walk.broken, walk.reason, walk.previousHash);
    }

    private static final class Walk {
        long checked;
        long expectedSeq = 1;
        String previousHash = AuditEntry.GENESIS;
        Long broken;
        String reason;

        void check(AuditEntry e) {
            checked++;
            if (e.seq() != expectedSeq) {
                fail(e.seq(), "sequence gap: expected entry " + expectedSeq + ", found " + e.seq());
            } else if (!e.prevHash().equals(previousHash)) {
                fail(e.seq(), "its predecessor hash does not match entry " + (e.seq() - 1));
            } else if (!e.computeHash().equals(e.hash())) {
                fail(e.seq(), "its content does not match its hash (changed after it was written)");
            } else {
                previousHash = e.hash();
                expectedSeq++;
            }
        }

        void fail(long seq, String why) {
            broken = seq;
            reason = why;
        }
    }
}
