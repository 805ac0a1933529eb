package org.fundguard.platform.clues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.core.Lead;
import org.fundguard.core.Money;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.security.Role;
import org.fundguard.platform.security.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with clues. Each action checks the clue's state and the actor's duty, changes the
 * clue and appends to the audit log in one transaction.
 */
@Service
public class ClueService {
    private final Clues clues;
    private final CaseFiling cases;
    private final UserAccounts accounts;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;

    ClueService(Clues clues, CaseFiling cases, UserAccounts accounts, AuditLog auditLog, JdbcClient jdbc) {
        this.clues = clues;
        this.cases = cases;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
    }

    public Clue get(String id) {
        return clues.find(id).orElseThrow(() -> new ClueException(ClueException.Kind.NOT_FOUND, "no clue " + id));
    }

    public Clues.Page search(InboxFilter filter) {
        return clues.search(filter);
    }

    public List<Clue> possibleDuplicates(Clue c) {
        return clues.possibleDuplicates(c);
    }

    public List<Clue> mergedInto(String id) {
        return clues.mergedInto(id);
    }

    public record ManualClue(SourceKind kind, String category, String institutionCode, String psnNo, BigDecimal amount,
            String reference, String description, LocalDate occurredOn) {
    }

    /** Registers a report, flight-inspection finding, referral or media clue (受理登记). */
    @Transactional
    public String register(ManualClue m, String actor) {
        if (m.kind() == null || !m.kind().manual()) {
            throw invalid("a hand-entered clue comes from a report, a flight inspection, a referral or the media");
        }
        if (Category.of(m.category()) == null) {
            throw invalid("unknown category " + m.category());
        }
        if (blank(m.institutionCode()) && blank(m.psnNo())) {
            throw invalid("name the institution or the insured person the clue is about");
        }
        if (blank(m.description())) {
            throw invalid("describe the clue");
        }
        long amountFen = m.amount() == null ? 0 : Money.fromYuan(m.amount());
        if (amountFen < 0) {
            throw invalid("the amount cannot be negative");
        }
        long n = jdbc.sql("select nextval('manual_clue_seq')").query(Long.class).single();
        String id = String.format("M%06d", n);
        String source = m.kind().name() + (blank(m.reference()) ? "" : ":" + m.reference().trim());
        clues.insertManual(id, m.kind(), source, m.category(), trimToNull(m.institutionCode()), trimToNull(m.psnNo()),
                amountFen, m.description().trim(), m.occurredOn(), actor);
        auditLog.append(actor, "CLUE_REGISTERED", "clue:" + id, m.kind() + " " + m.category() + " " + Money.format(amountFen));
        return id;
    }

    /** Adds a run's leads to the inbox; returns how many were new. */
    @Transactional
    public int importRun(long runId, List<Lead> leads, Map<String, LocalDate> occurredOn, String actor) {
        int fresh = clues.upsertFromRun(runId, leads, occurredOn, actor);
        auditLog.append(actor, "CLUES_IMPORTED", "run:" + runId, leads.size() + " leads, " + fresh + " new clues");
        return fresh;
    }

    @Transactional
    public void assign(String id, String investigator, String actor) {
        Clue c = get(id);
        var account = accounts.find(investigator)
                .filter(a -> a.role() == Role.INVESTIGATOR && a.enabled())
                .orElseThrow(() -> invalid(investigator + " is not an investigator"));
        move(c, ClueStatus.ASSIGNED);
        clues.assign(id, account.username(), ClueStatus.ASSIGNED);
        auditLog.append(actor, "CLUE_ASSIGNED", "clue:" + id, "to " + account.username());
    }

    /**
     * Records the outcome of verification (核查). Only the assigned investigator verifies; a reason is
     * always required; a confirmed amount defaults to the amount at stake.
     */
    @Transactional
    public void verify(String id, Verdict verdict, String reason, BigDecimal confirmedAmount, String actor) {
        Clue c = get(id);
        if (verdict == null) {
            throw invalid("choose 成立, 不成立 or 误报");
        }
        if (blank(reason)) {
            throw invalid("a verification needs its reason");
        }
        if (c.status() == ClueStatus.ASSIGNED && !actor.equals(c.assignee())) {
            throw new ClueException(ClueException.Kind.CONFLICT, "clue " + id + " is assigned to " + c.assignee());
        }
        move(c, verdict.status());
        Long confirmedFen = null;
        if (verdict == Verdict.CONFIRMED) {
            confirmedFen = confirmedAmount == null ? c.amountFen() : Money.fromYuan(confirmedAmount);
            if (confirmedFen < 0) {
                throw invalid("the confirmed amount cannot be negative");
            }
        }
        clues.verify(id, verdict, reason.trim(), confirmedFen, actor);
        auditLog.append(actor, "CLUE_VERIFIED", "clue:" + id, verdict + (confirmedFen == null ? "" : " " + Money.format(confirmedFen))
                + ": " + reason.trim());
    }

    /** Merges duplicates into a primary clue: they leave the inbox and point at it. */
    @Transactional
    public void merge(String primaryId, List<String> duplicateIds, String actor) {
        Clue primary = get(primaryId);
        if (!primary.status().open() && primary.status() != ClueStatus.CONFIRMED) {
            throw new ClueException(ClueException.Kind.CONFLICT, "clue " + primaryId + " is " + primary.status());
        }
        if (duplicateIds == null || duplicateIds.isEmpty()) {
            throw invalid("choose the duplicates to merge");
        }
        for (String d : duplicateIds) {
            if (d.equals(primaryId)) {
                throw invalid("a clue cannot be merged into itself");
            }
            Clue dup = get(d);
            move(dup, ClueStatus.MERGED);
            clues.mergeInto(d, primaryId);
            auditLog.append(actor, "CLUE_MERGED", "clue:" + d, "into " + primaryId);
        }
    }

    /** Opens a case (立案) from a confirmed clue; returns the case number. */
    @Transactional
    public String openCase(String id, String actor) {
        Clue c = get(id);
        move(c, ClueStatus.CASE_OPENED);
        clues.setStatus(id, ClueStatus.CASE_OPENED);
        String title = c.categoryLabel() + " " + (c.institutionName() != null ? c.institutionName()
                : c.institutionCode() != null ? c.institutionCode() : c.subjectId());
        String caseNo = cases.open(id, title, actor);
        auditLog.append(actor, "CASE_OPENED", "clue:" + id, caseNo);
        return caseNo;
    }

    private static void move(Clue c, ClueStatus target) {
        if (!c.status().canMoveTo(target)) {
            throw new ClueException(ClueException.Kind.CONFLICT,
                    "clue " + c.id() + " is " + c.status() + " and cannot become " + target);
        }
    }

    private static ClueException invalid(String message) {
        return new ClueException(ClueException.Kind.INVALID, message);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
