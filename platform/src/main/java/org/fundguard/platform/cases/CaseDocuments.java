package org.fundguard.platform.cases;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fundguard.core.Masking;
import org.fundguard.core.Money;
import org.fundguard.platform.auditlog.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The case's documents (执法文书) as PDF: 告知书, 处理决定书, 询问笔录 and 现场笔录, made from templates at the
 * step that produces them, archived with their SHA-256 (the hash also goes into the audit log, so a document
 * swapped later no longer matches the chain).
 */
@Service
class CaseDocuments {
    enum Kind {
        NOTICE("行政处理事先告知书"), DECISION("行政处理决定书"), INTERVIEW("询问笔录"), ON_SITE("现场检查笔录");

        final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    record Document(long id, long caseId, Kind kind, String title, String filename, long size, String sha256, String createdBy,
            OffsetDateTime createdAt) {
    }

    record Stored(Document document, byte[] bytes) {
    }

    private final JdbcClient jdbc;
    private final ITemplateEngine templates;
    private final AuditLog auditLog;
    private final PdfDocuments pdf;

    CaseDocuments(JdbcClient jdbc, ITemplateEngine templates, AuditLog auditLog, CasesProperties properties) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.auditLog = auditLog;
        this.pdf = PdfDocuments.withFont(properties.pdfFont());
    }

    List<Document> list(long caseId) {
        return jdbc.sql("select id, case_id, kind, title, filename, size, sha256, created_by, created_at from case_documents where case_id = ? order by id")
                .param(caseId).query((rs, n) -> new Document(rs.getLong(1), rs.getLong(2), Kind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class))).list();
    }

    Optional<Stored> get(long caseId, long documentId) {
        return jdbc.sql("select id, case_id, kind, title, filename, size, sha256, created_by, created_at, bytes from case_documents where case_id = ? and id = ?")
                .params(caseId, documentId).query((rs, n) -> new Stored(new Document(rs.getLong(1), rs.getLong(2),
                        Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
                        rs.getString(8), rs.getObject(9, OffsetDateTime.class)), rs.getBytes(10))).optional();
    }

    /** 告知书 of the latest notice. */
    void notice(CaseFile c, String actor) {
        Map<String, Object> m = common(c);
        jdbc.sql("select proposal, issued_on, working_days, deadline, major from case_notices where case_id = ? order by id desc limit 1")
                .param(c.id()).query(rs -> {
                    m.put("proposal", rs.getString(1));
                    m.put("issuedOn", rs.getObject(2, LocalDate.class));
                    m.put("workingDays", rs.getInt(3));
                    m.put("deadline", rs.getObject(4, LocalDate.class));
                    m.put("major", rs.getBoolean(5));
                });
        store(c, Kind.NOTICE, "documents/notice", m, actor);
    }

    /** 处理决定书 of a decision: every sanction with its lawful range, the level and its reason, what is owed. */
    void decision(CaseFile c, long decisionId, String actor) {
        Map<String, Object> m = common(c);
        jdbc.sql("select article, applied_article, fraud, loss_fen, province, level, level_label, reason, decided_on from case_decisions where id = ?")
                .param(decisionId).query(rs -> {
                    m.put("article", rs.getString(1));
                    m.put("appliedArticle", rs.getString(2));
                    m.put("fraud", rs.getBoolean(3));
                    m.put("loss", Money.format(rs.getLong(4)));
                    m.put("province", rs.getString(5));
                    m.put("level", rs.getString(7));
                    m.put("reason", rs.getString(8));
                    m.put("decidedOn", rs.getObject(9, LocalDate.class));
                });
        m.put("sanctions", jdbc.sql("select label, value, unit, lawful_min, lawful_max, basis from case_sanctions where decision_id = ? order by id")
                .param(decisionId).query((rs, n) -> new SanctionLine(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getString(6))).list());
        long due = jdbc.sql("select coalesce(sum(amount_fen), 0) from case_dues where case_id = ?").param(c.id()).query(Long.class).single();
        m.put("due", Money.format(due));
        store(c, Kind.DECISION, "documents/decision", m, actor);
    }

    /** A sanction as the decision letter states it: the chosen value beside the lawful range. */
    record SanctionLine(String label, long value, String unit, long min, long max, String basis) {
        public String chosen() {
            return describe(value);
        }

        public String range() {
            return "NONE".equals(unit) ? "" : describe(min) + " – " + describe(max);
        }

        private String describe(long v) {
            return switch (unit) {
                case "FEN" -> Money.format(v) + "元";
                case "MONTHS" -> v + "个月";
                case "DAYS" -> v + "日";
                case "YEARS" -> v + "年";
                default -> "";
            };
        }
    }

    /** 询问笔录 / 现场检查笔录 of one record. */
    void record(CaseFile c, long recordId, String actor) {
        Map<String, Object> m = common(c);
        String[] kind = new String[1];
        jdbc.sql("select kind, place, started_at, ended_at, party, party_role, content from case_records where id = ?")
                .param(recordId).query(rs -> {
                    kind[0] = rs.getString(1);
                    m.put("place", rs.getString(2));
                    m.put("startedAt", rs.getObject(3, LocalDateTime.class));
                    m.put("endedAt", rs.getObject(4, LocalDateTime.class));
                    // an interviewee is a person: masked like everywhere else; an inspected site is an institution
                    m.put("party", "INTERVIEW".equals(rs.getString(1)) ? Masking.name(rs.getString(5)) : rs.getString(5));
                    m.put("partyRole", rs.getString(6));
                    m.put("content", rs.getString(7));
                });
        m.put("officers", jdbc.sql("""
                select u.display_name from case_record_officers o join users u on u.username = o.username
                where o.record_id = ? order by o.username""").param(recordId).query(String.class).list());
        Kind k = Kind.valueOf(kind[0]);
        m.put("kindTitle", k.title);
        store(c, k, "documents/record", m, actor);
    }

    private Map<String, Object> common(CaseFile c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("c", c);
        m.put("font", PdfDocuments.FONT_FAMILY);
        m.put("institution", institutionName(c));
        m.put("amount", Money.format(c.amountFen()));
        return m;
    }

    String institutionName(CaseFile c) {
        if (c.institutionCode() == null) {
            return "";
        }
        String name = jdbc.sql("select fixmedins_name from institution_stats where fixmedins_code = ? order by run_id desc limit 1")
                .param(c.institutionCode()).query(String.class).optional().orElse(null);
        return name == null ? c.institutionCode() : name + "（" + c.institutionCode() + "）";
    }

    private void store(CaseFile c, Kind kind, String template, Map<String, Object> model, String actor) {
        model.put("docTitle", kind.title);
        String html = templates.process(template, new Context(Locale.SIMPLIFIED_CHINESE, model));
        byte[] bytes = pdf.render(html);
        String sha = sha256(bytes);
        String filename = kind.name().toLowerCase(Locale.ROOT) + "-" + c.id() + "-" + (list(c.id()).size() + 1) + ".pdf";
        String title = kind.title + " " + c.caseNo();
        jdbc.sql("insert into case_documents (case_id, kind, title, filename, size, sha256, bytes, created_by) values (?,?,?,?,?,?,?,?)")
                .params(c.id(), kind.name(), title, filename, bytes.length, sha, bytes, actor).update();
        auditLog.append(actor, "CASE_DOCUMENT", Cases.target(c), kind + " " + filename + " sha256 " + sha);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
