package org.fundguard.platform.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.clues.CaseFiling;
import org.fundguard.platform.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases (案件): filed (立案) from a confirmed clue, a report or a flight inspection, numbered by the agency's
 * pattern. Other features file cases through {@link #open} and {@link #openFrom}; the steps after filing
 * belong to this package. Filing and outcomes are published as {@link CaseOpened} and {@link CaseDecided}.
 */
@Repository
public class Cases implements CaseFiling {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final CaseNumbers numbers;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Cases(JdbcClient jdbc, CasesProperties properties, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.numbers = new CaseNumbers(properties.numberPattern());
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** 立案 and 结案 are business dates (deadlines and statistics count from them): the platform clock's, not the database's. */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The agency's today from the platform clock (platform/calendar), which deadlines and case numbers count from. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Files a case from a confirmed clue of the inbox (the caller checked the clue and logs the filing under
     * the clue); the institution and the confirmed amount come from the clue. Returns the case number.
     */
    @Transactional
    @Override
    public String open(String clueId, String title, String actor) {
        record ClueFacts(String institution, long amountFen) {
        }
        ClueFacts f = jdbc.sql("select fixmedins_code, coalesce(confirmed_fen, amount_fen) from clues where id = ?").param(clueId)
                .query((rs, n) -> new ClueFacts(rs.getString(1), rs.getLong(2))).optional()
                .orElseThrow(() -> CaseRefusal.notFound(clueId));
        return insert(CaseSource.CLUE, clueId, null, title, f.institution(), f.amountFen(), actor, Role.DIRECTOR).caseNo();
    }

    /** Files a case from a report (举报) or a flight inspection (飞行检查) named by its reference. */
    @Transactional
    public CaseFile openFrom(CaseSource source, String reference, String title, String institutionCode, long amountFen,
            String actor) {
        if (source == null || source == CaseSource.CLUE) {
            throw CaseRefusal.invalid("cases.refused.source");
        }
        if (blank(reference) || blank(title) || blank(institutionCode)) {
            throw CaseRefusal.invalid("cases.refused.filingFields");
        }
        if (amountFen < 0) {
            throw CaseRefusal.invalid("cases.refused.negative");
        }
        CaseFile c = insert(source, null, reference.trim(), title.trim(), institutionCode.trim(), amountFen, actor, Role.DIRECTOR);
        auditLog.append(actor, "CASE_OPENED", target(c), source + " " + reference.trim() + " " + c.caseNo());
        return c;
    }

    private CaseFile insert(CaseSource source, String clueId, String reference, String title, String institution, long amountFen,
            String actor, Role role) {
        long id = jdbc.sql("select nextval('cases_id_seq')").query(Long.class).single();
        int year = today().getYear();
        int seq = jdbc.sql("""
                insert into case_number_seq (year, last) values (?, 1)
                on conflict (year) do update set last = case_number_seq.last + 1 returning last""")
                .param(year).query(Integer.class).single();
        String caseNo = numbers.format(year, seq);
        jdbc.sql("""
                insert into cases (id, case_no, clue_id, status, title, opened_by, source_kind, source_ref, fixmedins_code, amount_fen,
                                   opened_at)
                values (?,?,?,'FILED',?,?,?,?,?,?,?)""")
                .params(id, caseNo, clueId, title, actor, source.name(), reference, institution, amountFen, now()).update();
        jdbc.sql("insert into case_events (case_id, actor, role, action, from_status, to_status, detail) values (?,?,?,?,?,?,?)")
                .params(id, actor, role.name(), "FILE", CaseState.FILED.name(), CaseState.FILED.name(),
                        source + (clueId != null ? " " + clueId : reference != null ? " " + reference : "")).update();
        events.publishEvent(new CaseOpened(caseNo, clueId, source, reference, today()));
        return find(id).orElseThrow();
    }

    @Override
    public Optional<String> caseNoOf(String clueId) {
        return jdbc.sql("select case_no from cases where clue_id = ?").param(clueId).query(String.class).optional();
    }

    public Optional<CaseFile> find(long id) {
        return jdbc.sql("select * from cases where id = ?").param(id).query(Cases::row).optional();
    }

    public Optional<CaseFile> findByNo(String caseNo) {
        return jdbc.sql("select * from cases where case_no = ?").param(caseNo).query(Cases::row).optional();
    }

    CaseFile get(long id) {
        return find(id).orElseThrow(() -> CaseRefusal.notFound(id));
    }

    /** The case, locked until the transaction ends: two people acting on one case take turns. */
    CaseFile lock(long id) {
        return jdbc.sql("select * from cases where id = ? for update").param(id).query(Cases::row).optional()
                .orElseThrow(() -> CaseRefusal.notFound(id));
    }

    record Filter(CaseState status, String institution, LocalDate from, LocalDate to) {
    }

    List<CaseFile> search(Filter f) {
        StringBuilder sql = new StringBuilder("select * from cases where true");
        List<Object> params = new ArrayList<>();
        if (f.status() != null) {
            sql.append(" and status = ?");
            params.add(f.status().name());
        }
        if (!blank(f.institution())) {
            sql.append(" and (fixmedins_code = ? or title like ?)");
            params.add(f.institution().trim());
            params.add("%" + f.institution().trim() + "%");
        }
        if (f.from() != null) {
            sql.append(" and opened_at >= ?");
            params.add(f.from().atStartOfDay(ZONE).toOffsetDateTime());
        }
        if (f.to() != null) {
            sql.append(" and opened_at < ?");
            params.add(f.to().plusDays(1).atStartOfDay(ZONE).toOffsetDateTime());
        }
        sql.append(" order by id desc limit 500");
        return jdbc.sql(sql.toString()).params(params).query(Cases::row).list();
    }

    static String target(CaseFile c) {
        return "case:" + c.caseNo();
    }

    static CaseFile row(ResultSet rs, int n) throws SQLException {
        return new CaseFile(rs.getLong("id"), rs.getString("case_no"), rs.getString("clue_id"),
                CaseSource.valueOf(rs.getString("source_kind")), rs.getString("source_ref"), CaseState.valueOf(rs.getString("status")),
                rs.getString("title"), rs.getString("fixmedins_code"), rs.getLong("amount_fen"), rs.getBoolean("major"),
                rs.getString("lead_investigator"), rs.getString("opened_by"), rs.getObject("opened_at", OffsetDateTime.class),
                rs.getObject("closed_at", OffsetDateTime.class));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
