package org.fundguard.platform.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fundguard.core.Masking;
import org.fundguard.core.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the case page and the API show of a case: every step's record, read from the case tables. */
@Component
class CaseReads {
    private final JdbcClient jdbc;
    private final Cases cases;
    private final Execution execution;
    private final CaseDocuments documents;

    CaseReads(JdbcClient jdbc, Cases cases, Execution execution, CaseDocuments documents) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.execution = execution;
        this.documents = documents;
    }

    record Event(OffsetDateTime at, String actor, String role, String action, String from, String to, String detail) {
    }

    record Task(long id, String title, String assignee, LocalDate dueOn, OffsetDateTime doneAt) {
    }

    record Attachment(long id, long recordId, String filename, long size, String sha256) {
    }

    /** An investigation record; the party is masked when it is a person (询问笔录). */
    record Record(long id, String kind, String place, LocalDateTime startedAt, LocalDateTime endedAt, String party,
            String partyRole, String content, List<String> officers, List<Attachment> attachments) {
    }

    record Notice(long id, String proposal, boolean major, LocalDate issuedOn, int workingDays, LocalDate deadline, String issuedBy) {
    }

    record Statement(long noticeId, String source, String content, boolean hearingRequested, String submittedBy,
            OffsetDateTime submittedAt) {
    }

    record ReviewRow(String outcome, String opinion, String reviewer, OffsetDateTime at) {
    }

    record Discussion(LocalDate heldOn, List<String> participants, String conclusion, String recordedBy) {
    }

    record Sanction(String kind, String label, String chosen, String range, String levelRange, String basis) {
    }

    record DecisionRow(long id, String article, String appliedArticle, boolean fraud, String loss, String province, String level,
            String levelLabel, String reason, LocalDate decidedOn, String decidedBy, List<Sanction> sanctions) {
    }

    record Due(String kind, long amountFen) {
        public String amount() {
            return Money.format(amountFen);
        }
    }

    record Payment(LocalDate paidOn, long amountFen, String reference, String recordedBy) {
        public String amount() {
            return Money.format(amountFen);
        }
    }

    record Publication(String title, String summary, String publishedBy, OffsetDateTime publishedAt) {
    }

    record CaseView(CaseFile file, String institution, List<String> officers, List<Event> events, List<Task> tasks,
            List<Record> records, List<Notice> notices, List<Statement> statements, List<ReviewRow> reviews,
            List<Discussion> discussions, Optional<DecisionRow> decision, List<Due> dues, Recovery recovery, List<Payment> payments,
            List<CaseDocuments.Document> documents, Optional<Publication> publication) {

        public Notice notice() {
            return notices.isEmpty() ? null : notices.get(notices.size() - 1);
        }

        public String money(long fen) {
            return Money.format(fen);
        }
    }

    CaseView view(long id, LocalDate today) {
        CaseFile c = cases.get(id);
        List<Attachment> attachments = jdbc.sql("select id, record_id, filename, size, sha256 from case_attachments where case_id = ? order by id")
                .param(id).query((rs, n) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5)))
                .list();
        List<Record> records = jdbc.sql("select * from case_records where case_id = ? order by id").param(id)
                .query((rs, n) -> {
                    long rid = rs.getLong("id");
                    boolean person = "INTERVIEW".equals(rs.getString("kind"));
                    return new Record(rid, rs.getString("kind"), rs.getString("place"), rs.getObject("started_at", LocalDateTime.class),
                            rs.getObject("ended_at", LocalDateTime.class),
                            person ? Masking.name(rs.getString("party")) : rs.getString("party"), rs.getString("party_role"),
                            rs.getString("content"), List.of(), attachments.stream().filter(a -> a.recordId() == rid).toList());
                }).list();
        records = records.stream().map(r -> new Record(r.id(), r.kind(), r.place(), r.startedAt(), r.endedAt(), r.party(), r.partyRole(),
                r.content(), jdbc.sql("select username from case_record_officers where record_id = ? order by username")
                        .param(r.id()).query(String.class).list(), r.attachments())).toList();
        Optional<DecisionRow> decision = jdbc.sql("select * from case_decisions where case_id = ? order by id desc limit 1").param(id)
                .query((rs, n) -> new DecisionRow(rs.getLong("id"), rs.getString("article"), rs.getString("applied_article"),
                        rs.getBoolean("fraud"), Money.format(rs.getLong("loss_fen")), rs.getString("province"), rs.getString("level"),
                        rs.getString("level_label"), rs.getString("reason"), rs.getObject("decided_on", LocalDate.class),
                        rs.getString("decided_by"), List.of())).optional();
        decision = decision.map(d -> new DecisionRow(d.id(), d.article(), d.appliedArticle(), d.fraud(), d.loss(), d.province(), d.level(),
                d.levelLabel(), d.reason(), d.decidedOn(), d.decidedBy(), jdbc.sql(
                        "select kind, label, value, unit, lawful_min, lawful_max, level_min, level_max, basis from case_sanctions where decision_id = ? order by id")
                        .param(d.id()).query((rs, n) -> {
                            CaseDocuments.SanctionLine line = new CaseDocuments.SanctionLine(rs.getString(2), rs.getLong(3),
                                    rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getString(9));
                            CaseDocuments.SanctionLine level = new CaseDocuments.SanctionLine(rs.getString(2), rs.getLong(3),
                                    rs.getString(4), rs.getLong(7), rs.getLong(8), rs.getString(9));
                            return new Sanction(rs.getString(1), rs.getString(2), line.chosen(), line.range(), level.range(), rs.getString(9));
                        }).list()));
        return new CaseView(c, documents.institutionName(c),
                jdbc.sql("select username from case_officers where case_id = ? order by username").param(id).query(String.class).list(),
                jdbc.sql("select * from case_events where case_id = ? order by id").param(id)
                        .query((rs, n) -> new Event(rs.getObject("at", OffsetDateTime.class), rs.getString("actor"), rs.getString("role"),
                                rs.getString("action"), rs.getString("from_status"), rs.getString("to_status"), rs.getString("detail"))).list(),
                jdbc.sql("select * from case_tasks where case_id = ? order by id").param(id)
                        .query((rs, n) -> new Task(rs.getLong("id"), rs.getString("title"), rs.getString("assignee"),
                                rs.getObject("due_on", LocalDate.class), rs.getObject("done_at", OffsetDateTime.class))).list(),
                records,
                jdbc.sql("select * from case_notices where case_id = ? order by id").param(id)
                        .query((rs, n) -> new Notice(rs.getLong("id"), rs.getString("proposal"), rs.getBoolean("major"),
                                rs.getObject("issued_on", LocalDate.class), rs.getInt("working_days"), rs.getObject("deadline", LocalDate.class),
                                rs.getString("issued_by"))).list(),
                jdbc.sql("select * from case_statements where case_id = ? order by id").param(id)
                        .query((rs, n) -> new Statement(rs.getLong("notice_id"), rs.getString("source"), rs.getString("content"),
                                rs.getBoolean("hearing_requested"), rs.getString("submitted_by"),
                                rs.getObject("submitted_at", OffsetDateTime.class))).list(),
                jdbc.sql("select * from case_reviews where case_id = ? order by id").param(id)
                        .query((rs, n) -> new ReviewRow(rs.getString("outcome"), rs.getString("opinion"), rs.getString("reviewer"),
                                rs.getObject("reviewed_at", OffsetDateTime.class))).list(),
                jdbc.sql("select * from case_discussions where case_id = ? order by id").param(id)
                        .query((rs, n) -> new Discussion(rs.getObject("held_on", LocalDate.class),
                                List.of(rs.getString("participants").split("\n")), rs.getString("conclusion"), rs.getString("recorded_by")))
                        .list(),
                decision,
                jdbc.sql("select kind, amount_fen from case_dues where case_id = ? order by id").param(id)
                        .query((rs, n) -> new Due(rs.getString(1), rs.getLong(2))).list(),
                execution.recovery(id, today),
                jdbc.sql("select paid_on, amount_fen, reference, recorded_by from case_payments where case_id = ? order by paid_on, id")
                        .param(id).query((rs, n) -> new Payment(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3),
                                rs.getString(4))).list(),
                documents.list(id),
                jdbc.sql("select * from case_publications where case_id = ? and withdrawn_at is null").param(id)
                        .query((rs, n) -> new Publication(rs.getString("title"), rs.getString("summary"), rs.getString("published_by"),
                                rs.getObject("published_at", OffsetDateTime.class))).optional());
    }

    record AttachmentFile(String filename, String contentType, byte[] bytes) {
    }

    Optional<AttachmentFile> attachment(long caseId, long attachmentId) {
        return jdbc.sql("select filename, content_type, bytes from case_attachments where case_id = ? and id = ?")
                .params(caseId, attachmentId).query((rs, n) -> new AttachmentFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }
}
