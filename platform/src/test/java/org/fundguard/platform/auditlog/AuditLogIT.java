package org.fundguard.platform.auditlog;

import static org.assertj.core.api.Assertions.assertThat;

import org.fundguard.platform.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tampering with stored entries through SQL, as a database administrator could: the verifier names
 * the first entry that no longer fits. Each test puts the row back, since the log is shared.
 */
@PlatformIT
class AuditLogIT {
    @Autowired
    AuditLog auditLog;
    @Autowired
    AuditLogVerifier verifier;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFreshChainVerifies() {
        auditLog.append("tester", "TEST_ACTION", "test:1", "first");
        auditLog.append("tester", "TEST_ACTION", "test:2", "second");

        ChainVerification v = verifier.verify();

        assertThat(v.intact()).as(v.reason()).isTrue();
        assertThat(v.checked()).isGreaterThanOrEqualTo(2);
        assertThat(v.headHash()).isEqualTo(jdbc.sql("select hash from audit_log order by seq desc limit 1")
                .query(String.class).single());
    }

    @Test
    void namesAnEntryWhoseContentWasChanged() {
        long seq = appendAndGetSeq("approved 1000.00");
        String original = detail(seq);
        jdbc.sql("update audit_log set detail = 'approved 10.00' where seq = ?").param(seq).update();
        try {
            ChainVerification v = verifier.verify();

            assertThat(v.intact()).isFalse();
            assertThat(v.firstBrokenSeq()).isEqualTo(seq);
            assertThat(v.reason()).contains("content");
        } finally {
            jdbc.sql("update audit_log set detail = ? where seq = ?").params(original, seq).update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void namesTheEntryAfterOneWhoseHashWasRecomputed() {
        long seq = appendAndGetSeq("to be rewritten");
        appendAndGetSeq("the next one");
        AuditEntry e = jdbc.sql("select * from audit_log where seq = ?").param(seq).query(AuditEntry.MAPPER).single();
        AuditEntry forged = new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.target(), "rewritten", e.prevHash(), null);
        jdbc.sql("update audit_log set detail = 'rewritten', hash = ? where seq = ?").params(forged.computeHash(), seq).update();
        try {
            ChainVerification v = verifier.verify();

            assertThat(v.firstBrokenSeq()).isEqualTo(seq + 1);
            assertThat(v.reason()).contains("predecessor");
        } finally {
            jdbc.sql("update audit_log set detail = ?, hash = ? where seq = ?").params(e.detail(), e.hash(), seq).update();
        }
    }

    @Test
    void namesTheGapWhereAnEntryWasDeleted() {
        long seq = appendAndGetSeq("to be deleted");
        appendAndGetSeq("after it");
        AuditEntry e = jdbc.sql("select * from audit_log where seq = ?").param(seq).query(AuditEntry.MAPPER).single();
        jdbc.sql("delete from audit_log where seq = ?").param(seq).update();
        try {
            ChainVerification v = verifier.verify();

            assertThat(v.firstBrokenSeq()).isEqualTo(seq + 1);
            assertThat(v.reason()).contains("expected entry " + seq);
        } finally {
            jdbc.sql("insert into audit_log values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(e.seq(), java.time.OffsetDateTime.ofInstant(e.at(), java.time.ZoneOffset.UTC), e.actor(),
                            e.action(), e.target(), e.detail(), e.prevHash(), e.hash())
                    .update();
        }
    }

    private long appendAndGetSeq(String detail) {
        String unique = detail + " " + System.nanoTime();
        auditLog.append("tester", "TEST_ACTION", "test:tamper", unique);
        return jdbc.sql("select seq from audit_log where detail = ?").param(unique).query(Long.class).single();
    }

    private String detail(long seq) {
        return jdbc.sql("select detail from audit_log where seq = ?").param(seq).query(String.class).single();
    }
}
