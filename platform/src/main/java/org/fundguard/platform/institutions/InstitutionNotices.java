package org.fundguard.platform.institutions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.fundguard.platform.auditlog.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seam between case handling and the institution portal: cases send notices (约谈通知, 责令整改通知,
 * 行政处罚事先告知书, 处理决定书) with {@link #send}; the institution reads them in its portal and answers
 * with statements, defences (陈述申辩) or rectification reports, with evidence attached, until the
 * deadline; cases read the answers with {@link #statementsFor}. Tables: institution_notices,
 * institution_statements, institution_statement_files (V40).
 */
@Service
public class InstitutionNotices {
    /** 20 MB per file and 5 files per answer: scans of a few pages, not video (that goes on site). */
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    static final int MAX_FILES = 5;

    public enum Kind {
        /** 约谈通知书 */ INTERVIEW,
        /** 责令整改通知书 */ RECTIFICATION,
        /** 行政处罚事先告知书 / 陈述申辩告知 */ HEARING,
        /** 处理决定书 */ DECISION
    }

    public enum StatementKind {
        /** 陈述 */ STATEMENT,
        /** 申辩 */ DEFENCE,
        /** 整改报告 */ RECTIFICATION_REPORT
    }

    public record Notice(long id, String institutionCode, String caseNo, Kind kind, String title, String body,
            String documentRef, LocalDate deadline, String status, String sentBy, OffsetDateTime sentAt,
            OffsetDateTime readAt) {
        public boolean overdueOn(LocalDate day) {
            return deadline != null && day.isAfter(deadline);
        }
    }

    public record Attachment(long id, String filename, String contentType, int sizeBytes, String sha256) {
    }

    public record Statement(long id, long noticeId, String caseNo, String institutionCode, StatementKind kind, String body,
            String submittedBy, OffsetDateTime submittedAt, List<Attachment> files) {
    }

    public record Upload(String filename, String contentType, byte[] content) {
    }

    public record File(Attachment info, String institutionCode, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    InstitutionNotices(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** Sends a notice to an institution; returns its id. The case number may be null (a notice outside a case). */
    @Transactional
    public long send(String institutionCode, String caseNo, Kind kind, String title, String body, String documentRef,
            LocalDate deadline, String actor) {
        if (blank(institutionCode) || kind == null || blank(title) || blank(body)) {
            throw invalid("a notice needs the institution, its kind, a title and the text");
        }
        long id = jdbc.sql("""
                insert into institution_notices (fixmedins_code, case_no, kind, title, body, document_ref, deadline,
                    status, sent_by) values (?,?,?,?,?,?,?,'SENT',?) returning id""")
                .params(institutionCode.trim(), trimToNull(caseNo), kind.name(), title.trim(), body.trim(),
                        trimToNull(documentRef), deadline, actor)
                .query(Long.class).single();
        auditLog.append(actor, "NOTICE_SENT", "notice:" + id, kind + " to " + institutionCode.trim()
                + (caseNo == null ? "" : " case " + caseNo) + (deadline == null ? "" : " deadline " + deadline));
        return id;
    }

    /** The institution's answers in a case, oldest first, with their attachments (contents not loaded). */
    public List<Statement> statementsFor(String caseNo) {
        return jdbc.sql("select * from institution_statements where case_no = ? order by submitted_at, id").param(caseNo)
                .query(this::statement).list();
    }

    public List<Notice> noticesFor(String caseNo) {
        return jdbc.sql("select * from institution_notices where case_no = ? order by sent_at, id").param(caseNo)
                .query(InstitutionNotices::notice).list();
    }

    List<Notice> ofInstitution(String code) {
        return jdbc.sql("select * from institution_notices where fixmedins_code = ? order by sent_at desc, id desc")
                .param(code).query(InstitutionNotices::notice).list();
    }

    List<Notice> all() {
        return jdbc.sql("select * from institution_notices order by sent_at desc, id desc limit 500")
                .query(InstitutionNotices::notice).list();
    }

    List<Statement> statementsOf(long noticeId) {
        return jdbc.sql("select * from institution_statements where notice_id = ? order by submitted_at, id").param(noticeId)
                .query(this::statement).list();
    }

    Notice get(long id) {
        return jdbc.sql("select * from institution_notices where id = ?").param(id).query(InstitutionNotices::notice)
                .optional().orElseThrow(() -> new InstitutionException(InstitutionException.Kind.NOT_FOUND, "no notice " + id));
    }

    /** The institution opens its notice: refused for another institution's, marked read on first opening. */
    @Transactional
    Notice open(String code, long id, String actor) {
        Notice n = own(code, id);
        if (n.readAt() == null) {
            jdbc.sql("update institution_notices set read_at = now(), status = case when status = 'SENT' then 'READ' else status end"
                    + " where id = ?").param(id).update();
            auditLog.append(actor, "NOTICE_READ", "notice:" + id, code);
            return get(id);
        }
        return n;
    }

    Notice own(String code, long id) {
        Notice n = get(id);
        if (!n.institutionCode().equals(code)) {
            throw new AccessDeniedException("notice " + id + " is addressed to another institution");
        }
        return n;
    }

    /** Files a statement to a notice before its deadline; returns the statement's id. */
    @Transactional
    long answer(String code, long noticeId, StatementKind kind, String body, List<Upload> uploads, LocalDate today,
            String actor) {
        Notice n = own(code, noticeId);
        if (n.overdueOn(today)) {
            throw new InstitutionException(InstitutionException.Kind.CONFLICT,
                    "the deadline of notice " + noticeId + " was " + n.deadline() + "; statements are no longer accepted");
        }
        if (kind == null || blank(body)) {
            throw invalid("choose the kind of statement and write it");
        }
        List<Upload> files = uploads.stream().filter(u -> u.content() != null && u.content().length > 0).toList();
        if (files.size() > MAX_FILES) {
            throw invalid("at most " + MAX_FILES + " files per statement");
        }
        for (Upload u : files) {
            if (u.content().length > MAX_FILE_BYTES) {
                throw invalid(u.filename() + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
        }
        long id = jdbc.sql("""
                insert into institution_statements (notice_id, case_no, fixmedins_code, kind, body, submitted_by)
                values (?,?,?,?,?,?) returning id""")
                .params(noticeId, n.caseNo(), code, kind.name(), body.trim(), actor).query(Long.class).single();
        for (Upload u : files) {
            String name = u.filename() == null || u.filename().isBlank() ? "attachment" : Path.of(u.filename()).getFileName().toString();
            jdbc.sql("""
                    insert into institution_statement_files (statement_id, filename, content_type, size_bytes, sha256, content)
                    values (?,?,?,?,?,?)""")
                    .params(id, name, u.contentType() == null ? "application/octet-stream" : u.contentType(),
                            u.content().length, sha256(u.content()), u.content()).update();
        }
        jdbc.sql("update institution_notices set status = 'ANSWERED' where id = ?").param(noticeId).update();
        auditLog.append(actor, "STATEMENT_FILED", "notice:" + noticeId, kind + " by " + code + ", " + files.size() + " files");
        return id;
    }

    Optional<File> file(long fileId) {
        return jdbc.sql("""
                select f.*, s.fixmedins_code from institution_statement_files f
                join institution_statements s on s.id = f.statement_id where f.id = ?""").param(fileId)
                .query((rs, n) -> new File(attachment(rs), rs.getString("fixmedins_code"), rs.getBytes("content")))
                .optional();
    }

    private Statement statement(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<Attachment> files = jdbc.sql("""
                select id, filename, content_type, size_bytes, sha256 from institution_statement_files
                where statement_id = ? order by id""").param(id).query((r, i) -> attachment(r)).list();
        return new Statement(id, rs.getLong("notice_id"), rs.getString("case_no"), rs.getString("fixmedins_code"),
                StatementKind.valueOf(rs.getString("kind")), rs.getString("body"), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class), files);
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"),
                rs.getInt("size_bytes"), rs.getString("sha256"));
    }

    private static Notice notice(ResultSet rs, int n) throws SQLException {
        return new Notice(rs.getLong("id"), rs.getString("fixmedins_code"), rs.getString("case_no"),
                Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
                rs.getString("document_ref"), rs.getObject("deadline", LocalDate.class), rs.getString("status"),
                rs.getString("sent_by"), rs.getObject("sent_at", OffsetDateTime.class),
                rs.getObject("read_at", OffsetDateTime.class));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InstitutionException invalid(String message) {
        return new InstitutionException(InstitutionException.Kind.INVALID, message);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
