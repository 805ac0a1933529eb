package org.fundguard.platform.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.fundguard.reporting.confidentiality.Reveal;
import org.fundguard.reporting.confidentiality.RevealLog;
import org.fundguard.reporting.rewards.Ineligibility;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The report tables (V20). Plain SQL; callers hold the transaction. */
@Repository
class Reports implements RevealLog {
    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextSeq() {
        return jdbc.sql("select nextval('report_seq')").query(Long.class).single();
    }

    void insert(Report r) {
        jdbc.sql("""
                insert into reports (id, seq, query_code, password_hash, actor, behaviours, categories, subject,
                    institution_code, institution_name, description, occurred_from, occurred_to, amount_fen, anonymous,
                    insider, wants_reward, identity_sealed, identity_key, status, received_at, received_on)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(r.id(), r.seq(), r.queryCode(), r.passwordHash(), r.actor(), String.join(",", r.behaviours()),
                        r.categories(), r.subject(), r.institutionCode(), r.institutionName(), r.description(),
                        r.occurredFrom(), r.occurredTo(), r.amountFen(), r.anonymous(), r.insider(), r.wantsReward(),
                        r.identitySealed(), r.identityKey(), r.status().name(), utc(r.receivedAt()), r.receivedOn())
                .update();
    }

    Optional<Report> find(String id) {
        return jdbc.sql("select * from reports where id = ?").param(id).query(REPORT).optional();
    }

    Optional<Report> findByCode(String queryCode) {
        return jdbc.sql("select * from reports where query_code = ?").param(queryCode).query(REPORT).optional();
    }

    /** Reports whose handling deadlines may still run: awaiting acceptance, or named, filed and not yet told. */
    List<Report> withRunningDeadlines() {
        return jdbc.sql("""
                select * from reports where status = 'RECEIVED'
                    or (not anonymous and filing_on is not null and notified_on is null) order by seq""").query(REPORT).list();
    }

    List<Report> recent(int limit) {
        return jdbc.sql("select * from reports order by seq desc limit ?").param(limit).query(REPORT).list();
    }

    /** Other reports about the same institution that are still being handled: merge candidates. */
    List<Report> sameSubject(Report r) {
        if (r.institutionCode() == null) {
            return List.of();
        }
        return jdbc.sql("select * from reports where institution_code = ? and id <> ? and status in ('RECEIVED','ACCEPTED','FILED') order by seq")
                .params(r.institutionCode(), r.id()).query(REPORT).list();
    }

    /** A primary report and every report merged into it: the reports of the same facts. */
    List<Report> group(String primaryId) {
        return jdbc.sql("select * from reports where id = ? or merged_into = ? order by seq")
                .params(primaryId, primaryId).query(REPORT).list();
    }

    void accept(String id, String category, String institutionCode, String institutionName, String clueId, LocalDate on) {
        jdbc.sql("""
                update reports set status = 'ACCEPTED', category = ?, institution_code = ?, institution_name = ?,
                    clue_id = ?, acceptance_on = ?, updated_at = now() where id = ?""")
                .params(category, institutionCode, institutionName, clueId, on, id).update();
    }

    void notAccepted(String id, String reason, LocalDate on) {
        jdbc.sql("update reports set status = 'NOT_ACCEPTED', status_reason = ?, acceptance_on = ?, updated_at = now() where id = ?")
                .params(reason, on, id).update();
    }

    void transfer(String id, String to, String reason, LocalDate on) {
        jdbc.sql("""
                update reports set status = 'TRANSFERRED', transferred_to = ?, status_reason = ?, transferred_on = ?,
                    updated_at = now() where id = ?""").params(to, reason, on, id).update();
    }

    void merge(String id, String primaryId, LocalDate on) {
        jdbc.sql("""
                update reports set status = 'MERGED', merged_into = ?, acceptance_on = coalesce(acceptance_on, ?),
                    updated_at = now() where id = ?""").params(primaryId, on, id).update();
    }

    /** The filing decision: 立案 files the report; 不予立案 ends its handling (处理完毕). */
    void filing(String id, String decision, LocalDate on) {
        if ("FILED".equals(decision)) {
            jdbc.sql("""
                    update reports set status = case when status = 'ACCEPTED' then 'FILED' else status end,
                        filing_decision = 'FILED', filing_on = ?, updated_at = now() where id = ?""").params(on, id).update();
        } else {
            jdbc.sql("""
                    update reports set status = case when status = 'ACCEPTED' then 'CONCLUDED' else status end,
                        filing_decision = ?, filing_on = ?, concluded_on = ?, conclusion = 'NOT_FILED', updated_at = now()
                    where id = ?""").params(decision, on, on, id).update();
        }
    }

    /** The reports linked to a clue, directly or through a clue merged into it. */
    List<String> onClue(String clueId) {
        return jdbc.sql("select id from reports where clue_id = ? or clue_id in (select id from clues where merged_into = ?) order by seq")
                .params(clueId, clueId).query(String.class).list();
    }

    List<String> mergedInto(String primaryId) {
        return jdbc.sql("select id from reports where merged_into = ? order by seq").param(primaryId).query(String.class).list();
    }

    List<String> onCase(String caseNo) {
        return jdbc.sql("select id from reports where case_no = ? order by seq").param(caseNo).query(String.class).list();
    }

    /**
     * A case was filed on the report's facts: the report is filed (立案) from that date unless an earlier filing
     * decision was recorded; only reports still in handling follow. True when the report changed.
     */
    boolean caseFiled(String id, String caseNo, LocalDate on) {
        return jdbc.sql("""
                update reports set case_no = ?, filing_decision = 'FILED', filing_on = coalesce(filing_on, ?),
                    status = case when status = 'ACCEPTED' then 'FILED' else status end, updated_at = now()
                where id = ? and case_no is null and status in ('ACCEPTED', 'FILED', 'MERGED')""")
                .params(caseNo, on, id).update() == 1;
    }

    /** The case reached its outcome: the report is handled (处理完毕), once. True when the report changed. */
    boolean caseConcluded(String id, String conclusion, LocalDate on) {
        return jdbc.sql("""
                update reports set concluded_on = ?, conclusion = ?,
                    status = case when status = 'FILED' then 'CONCLUDED' else status end, updated_at = now()
                where id = ? and concluded_on is null""").params(on, conclusion, id).update() == 1;
    }

    void notified(String id, LocalDate on) {
        jdbc.sql("update reports set notified_on = coalesce(notified_on, ?), updated_at = now() where id = ?").params(on, id).update();
    }

    void reseal(String id, String sealed, String keyId) {
        jdbc.sql("update reports set identity_sealed = ?, identity_key = ? where id = ?").params(sealed, keyId, id).update();
    }

    record SealedRow(String id, long seq, String sealed) {
    }

    List<SealedRow> sealedWithOtherKey(String activeKey, long afterSeq, int limit) {
        return jdbc.sql("""
                select id, seq, identity_sealed from reports
                where identity_sealed is not null and identity_key <> ? and seq > ? order by seq limit ?""")
                .params(activeKey, afterSeq, limit).query((rs, n) -> new SealedRow(rs.getString(1), rs.getLong(2), rs.getString(3))).list();
    }

    boolean useChallenge(String nonce) {
        return jdbc.sql("insert into report_challenges_used (nonce) values (?) on conflict do nothing").param(nonce).update() == 1;
    }

    void forgetChallengesBefore(Instant before) {
        jdbc.sql("delete from report_challenges_used where used_at < ?").param(utc(before)).update();
    }

    // attachments

    /** An attachment row; {@code keyId} is the key that sealed the file, null for a file stored before V21 (plaintext). */
    record Attachment(long id, String reportId, String storageName, String mediaType, long sizeBytes, String sha256,
            String keyId) {
    }

    void insertAttachment(String reportId, String storageName, String mediaType, long size, String sha256, String keyId) {
        jdbc.sql("insert into report_attachments (report_id, storage_name, media_type, size_bytes, sha256, key_id) values (?,?,?,?,?,?)")
                .params(reportId, storageName, mediaType, size, sha256, keyId).update();
    }

    List<Attachment> attachments(String reportId) {
        return jdbc.sql("select * from report_attachments where report_id = ? order by id").param(reportId).query(ATTACHMENT).list();
    }

    /** Attachments sealed with another key than the active one, or not sealed at all (stored before V21). */
    List<Attachment> attachmentsToReseal(String activeKey, long afterId, int limit) {
        return jdbc.sql("select * from report_attachments where (key_id is null or key_id <> ?) and id > ? order by id limit ?")
                .params(activeKey, afterId, limit).query(ATTACHMENT).list();
    }

    void resealAttachment(long id, String storageName, String keyId) {
        jdbc.sql("update report_attachments set storage_name = ?, key_id = ? where id = ?").params(storageName, keyId, id).update();
    }

    private static final RowMapper<Attachment> ATTACHMENT = (rs, n) -> new Attachment(rs.getLong("id"), rs.getString("report_id"),
            rs.getString("storage_name"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
            rs.getString("key_id"));

    // notifications

    record Notification(long id, String kind, String channel, String note, LocalDate notifiedOn, String recordedBy) {
    }

    void insertNotification(String reportId, String kind, String channel, String note, LocalDate on, String by) {
        jdbc.sql("insert into report_notifications (report_id, kind, channel, note, notified_on, recorded_by) values (?,?,?,?,?,?)")
                .params(reportId, kind, channel, note, on, by).update();
    }

    List<Notification> notifications(String reportId) {
        return jdbc.sql("select * from report_notifications where report_id = ? order by id").param(reportId).query((rs, n) ->
                new Notification(rs.getLong("id"), rs.getString("kind"), rs.getString("channel"), rs.getString("note"),
                        rs.getObject("notified_on", LocalDate.class), rs.getString("recorded_by"))).list();
    }

    // reveals: the RevealLog of reporting/confidentiality, append-only (a trigger refuses updates and deletes)

    @Override
    public void record(Reveal reveal) {
        jdbc.sql("insert into report_reveals (report_id, revealed_by, at, reason) values (?,?,?,?)")
                .params(reveal.reportId(), reveal.revealedBy(), utc(reveal.at()), reveal.reason()).update();
    }

    @Override
    public List<Reveal> revealsOf(String reportId) {
        return jdbc.sql("select * from report_reveals where report_id = ? order by id").param(reportId).query((rs, n) ->
                new Reveal(rs.getString("report_id"), rs.getString("revealed_by"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("reason"))).list();
    }

    // rewards

    void saveAssessment(ReportReward r) {
        jdbc.sql("""
                insert into report_rewards (report_id, policy, verified_fen, insider, grade, against_individual, eligible,
                    reasons, reward_fen, steps, status, assessed_by, assessed_at)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?)
                on conflict (report_id) do update set policy = excluded.policy, verified_fen = excluded.verified_fen,
                    insider = excluded.insider, grade = excluded.grade, against_individual = excluded.against_individual,
                    eligible = excluded.eligible, reasons = excluded.reasons, reward_fen = excluded.reward_fen,
                    steps = excluded.steps, status = excluded.status, assessed_by = excluded.assessed_by,
                    assessed_at = excluded.assessed_at, approved_by = null, approved_at = null, decision_note = null""")
                .params(r.reportId(), r.policy(), r.verifiedFen(), r.insider(), r.grade(), r.againstIndividual(), r.eligible(),
                        String.join(",", r.reasons().stream().map(Enum::name).toList()), r.rewardFen(),
                        String.join("\n", r.steps()), r.status().name(), r.assessedBy(), utc(r.assessedAt()))
                .update();
    }

    void decideReward(String reportId, RewardStatus status, String by, Instant at, String note) {
        jdbc.sql("update report_rewards set status = ?, approved_by = ?, approved_at = ?, decision_note = ? where report_id = ?")
                .params(status.name(), by, utc(at), note, reportId).update();
    }

    void payReward(String reportId, String by, LocalDate on, String ref) {
        jdbc.sql("update report_rewards set status = 'PAID', paid_by = ?, paid_on = ?, payment_ref = ? where report_id = ?")
                .params(by, on, ref, reportId).update();
    }

    Optional<ReportReward> reward(String reportId) {
        return jdbc.sql("select * from report_rewards where report_id = ?").param(reportId).query((rs, n) -> new ReportReward(
                rs.getString("report_id"), rs.getString("policy"), rs.getLong("verified_fen"), rs.getBoolean("insider"),
                rs.getInt("grade"), rs.getBoolean("against_individual"), rs.getBoolean("eligible"),
                reasons(rs.getString("reasons")), rs.getLong("reward_fen"), List.of(rs.getString("steps").split("\n")),
                RewardStatus.valueOf(rs.getString("status")), rs.getString("assessed_by"), instant(rs, "assessed_at"),
                rs.getString("approved_by"), instant(rs, "approved_at"), rs.getString("decision_note"),
                rs.getString("paid_by"), rs.getObject("paid_on", LocalDate.class), rs.getString("payment_ref"))).optional();
    }

    // the institutions of the loaded data runs, for the public form's subject search

    record Institution(String code, String name) {
    }

    List<Institution> searchInstitutions(String q, int limit) {
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select code, name from (
                    select distinct on (fixmedins_code) fixmedins_code as code, fixmedins_name as name
                    from institution_stats where fixmedins_code ilike ? or fixmedins_name ilike ?
                    order by fixmedins_code, run_id desc) i
                order by (code = ? or name = ?) desc, code limit ?""")
                .params(like, like, q, q, limit).query((rs, n) -> new Institution(rs.getString(1), rs.getString(2))).list();
    }

    /** The institution a typed subject names exactly, by code or by a name only one institution has. */
    Optional<Institution> resolveInstitution(String subject) {
        List<Institution> found = jdbc.sql("""
                select distinct on (fixmedins_code) fixmedins_code, fixmedins_name from institution_stats
                where fixmedins_code = ? or fixmedins_name = ? order by fixmedins_code, run_id desc""")
                .params(subject, subject).query((rs, n) -> new Institution(rs.getString(1), rs.getString(2))).list();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    Optional<Institution> institution(String code) {
        return jdbc.sql("select fixmedins_code, fixmedins_name from institution_stats where fixmedins_code = ? order by run_id desc limit 1")
                .param(code).query((rs, n) -> new Institution(rs.getString(1), rs.getString(2))).optional();
    }

    private static List<Ineligibility> reasons(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        List<Ineligibility> out = new ArrayList<>();
        Arrays.stream(s.split(",")).forEach(n -> out.add(Ineligibility.valueOf(n)));
        return out;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static final RowMapper<Report> REPORT = (rs, n) -> new Report(
            rs.getString("id"), rs.getLong("seq"), rs.getString("query_code"), rs.getString("password_hash"),
            rs.getString("actor"), List.of(rs.getString("behaviours").split(",")), rs.getString("categories"),
            rs.getString("subject"), rs.getString("institution_code"), rs.getString("institution_name"),
            rs.getString("description"), rs.getObject("occurred_from", LocalDate.class),
            rs.getObject("occurred_to", LocalDate.class), longOrNull(rs, "amount_fen"), rs.getBoolean("anonymous"),
            rs.getBoolean("insider"), rs.getBoolean("wants_reward"), rs.getString("identity_sealed"),
            rs.getString("identity_key"), ReportStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
            rs.getString("transferred_to"), rs.getString("merged_into"), rs.getString("category"), rs.getString("clue_id"),
            instant(rs, "received_at"), rs.getObject("received_on", LocalDate.class),
            rs.getObject("acceptance_on", LocalDate.class), rs.getObject("transferred_on", LocalDate.class),
            rs.getObject("filing_on", LocalDate.class), rs.getString("filing_decision"),
            rs.getObject("notified_on", LocalDate.class), longOrNull(rs, "verified_fen"), rs.getString("case_no"),
            rs.getObject("concluded_on", LocalDate.class), rs.getString("conclusion"));
}
