package org.fundguard.platform.cases;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fundguard.platform.security.Role;
import org.fundguard.platform.security.UserAccounts;
import org.fundguard.platform.web.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 调查取证 and 告知与陈述申辩: officers, tasks, on-site and interview records, the notice, the statement. */
@Service
class Investigation {
    private final CaseSteps steps;
    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final CasesProperties properties;
    private final CaseDocuments documents;

    Investigation(CaseSteps steps, JdbcClient jdbc, UserAccounts accounts, CasesProperties properties, CaseDocuments documents) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.properties = properties;
        this.documents = documents;
    }

    /** 分派: the investigators who will work the case, the first one leading. */
    @Transactional
    public void assign(long caseId, List<String> investigators, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        CaseState to = steps.check(c, CaseAction.ASSIGN, actor, steps.facts(c, steps.today()));
        List<String> officers = officers(investigators, 1);
        jdbc.sql("update cases set lead_investigator = ? where id = ?").params(officers.get(0), caseId).update();
        for (String o : officers) {
            jdbc.sql("insert into case_officers (case_id, username) values (?,?) on conflict do nothing").params(caseId, o).update();
        }
        steps.record(c, CaseAction.ASSIGN, to, actor, String.join(",", officers));
    }

    @Transactional
    public void addTask(long caseId, String title, String assignee, LocalDate dueOn, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        CaseState to = steps.check(c, CaseAction.ADD_TASK, actor, steps.facts(c, steps.today()));
        if (Cases.blank(title)) {
            throw CaseRefusal.invalid("cases.refused.taskTitle");
        }
        String who = Cases.blank(assignee) ? null : officers(List.of(assignee), 1).get(0);
        jdbc.sql("insert into case_tasks (case_id, title, assignee, due_on, created_by) values (?,?,?,?,?)")
                .params(caseId, title.trim(), who, dueOn, actor.username()).update();
        steps.record(c, CaseAction.ADD_TASK, to, actor, title.trim());
    }

    @Transactional
    public void completeTask(long caseId, long taskId, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        CaseState to = steps.check(c, CaseAction.COMPLETE_TASK, actor, steps.facts(c, steps.today()));
        int n = jdbc.sql("update case_tasks set done_at = now() where id = ? and case_id = ? and done_at is null")
                .params(taskId, caseId).update();
        if (n == 0) {
            throw CaseRefusal.conflict("cases.refused.taskDone", taskId);
        }
        steps.record(c, CaseAction.COMPLETE_TASK, to, actor, "task " + taskId);
    }

    enum RecordKind { ON_SITE, INTERVIEW }

    /**
     * A 现场笔录 or 询问笔录. The party is the institution inspected or the person interviewed (stored as
     * written, masked wherever shown).
     */
    record RecordForm(RecordKind kind, String place, LocalDateTime startedAt, LocalDateTime endedAt, String party,
            String partyRole, String content, List<String> officers) {
    }

    /** Adds a record with its attachments; returns its id. At least two officers must have been present. */
    @Transactional
    public long addRecord(long caseId, RecordForm f, List<Upload> attachments, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        CaseState to = steps.check(c, CaseAction.ADD_RECORD, actor, steps.facts(c, steps.today()));
        if (f.kind() == null || Cases.blank(f.place()) || Cases.blank(f.party()) || Cases.blank(f.content())
                || f.startedAt() == null || f.endedAt() == null) {
            throw CaseRefusal.invalid("cases.refused.recordFields");
        }
        if (f.endedAt().isBefore(f.startedAt())) {
            throw CaseRefusal.invalid("cases.refused.recordTimes");
        }
        // 《医疗保障基金使用监督管理条例》第二十八条 / 《行政处罚法》第四十二条: no fewer than two law-enforcement officers
        List<String> officers = officers(f.officers(), 2);
        long id = jdbc.sql("""
                insert into case_records (case_id, kind, place, started_at, ended_at, party, party_role, content, created_by)
                values (?,?,?,?,?,?,?,?,?) returning id""")
                .params(caseId, f.kind().name(), f.place().trim(), f.startedAt(), f.endedAt(), f.party().trim(),
                        f.partyRole() == null ? "" : f.partyRole().trim(), f.content().trim(), actor.username())
                .query(Long.class).single();
        for (String o : officers) {
            jdbc.sql("insert into case_record_officers (record_id, username) values (?,?)").params(id, o).update();
        }
        for (Upload u : attachments) {
            if (u.bytes().length == 0) {
                continue;
            }
            jdbc.sql("""
                    insert into case_attachments (case_id, record_id, filename, content_type, size, sha256, bytes, created_by)
                    values (?,?,?,?,?,?,?,?)""")
                    .params(caseId, id, safeName(u.filename()), u.contentType() == null ? "application/octet-stream" : u.contentType(),
                            u.bytes().length, CaseDocuments.sha256(u.bytes()), u.bytes(), actor.username()).update();
        }
        steps.record(c, CaseAction.ADD_RECORD, to, actor, f.kind() + " record " + id + " officers " + String.join(",", officers));
        documents.record(c, id, actor.username());
        return id;
    }

    /**
     * 告知书: what the agency intends to decide and why, and the statement deadline. {@code issuedOn} is the
     * day the notice was served (it may precede today when it was served on paper).
     */
    @Transactional
    public void issueNotice(long caseId, String proposal, LocalDate issuedOn, boolean major, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        LocalDate today = steps.today();
        CaseState to = steps.check(c, CaseAction.ISSUE_NOTICE, actor, steps.facts(c, today));
        if (Cases.blank(proposal)) {
            throw CaseRefusal.invalid("cases.refused.proposal");
        }
        LocalDate served = issuedOn == null ? today : issuedOn;
        if (served.isAfter(today) || served.isBefore(c.openedAt().atZoneSameInstant(Cases.ZONE).toLocalDate())) {
            throw CaseRefusal.invalid("cases.refused.noticeDate", served);
        }
        int days = properties.statementWorkingDays();
        LocalDate deadline = WorkingDays.after(served, days, properties.holidaySet());
        boolean isMajor = major || c.major();
        jdbc.sql("""
                insert into case_notices (case_id, proposal, major, issued_on, working_days, deadline, issued_by)
                values (?,?,?,?,?,?,?)""").params(caseId, proposal.trim(), isMajor, served, days, deadline, actor.username()).update();
        jdbc.sql("update cases set major = ? where id = ?").params(isMajor, caseId).update();
        steps.record(c, CaseAction.ISSUE_NOTICE, to, actor, "served " + served + ", statement by " + deadline + (isMajor ? ", major" : ""));
        documents.notice(steps.lock(caseId), actor.username());
    }

    /** 陈述申辩, as written by the institution (portal) or recorded by an investigator from paper. */
    @Transactional
    public void recordStatement(long caseId, String content, boolean hearingRequested, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        CaseState to = steps.check(c, CaseAction.RECORD_STATEMENT, actor, steps.facts(c, steps.today()));
        if (Cases.blank(content)) {
            throw CaseRefusal.invalid("cases.refused.statement");
        }
        long notice = jdbc.sql("select id from case_notices where case_id = ? order by id desc limit 1").param(caseId)
                .query(Long.class).single();
        String source = actor.role() == Role.INSTITUTION ? "INSTITUTION" : "RECORDED";
        jdbc.sql("""
                insert into case_statements (case_id, notice_id, source, content, hearing_requested, submitted_by)
                values (?,?,?,?,?,?)""").params(caseId, notice, source, content.trim(), hearingRequested, actor.username()).update();
        steps.record(c, CaseAction.RECORD_STATEMENT, to, actor, source + (hearingRequested ? ", hearing requested" : ""));
    }

    /** 调查终结: the statement is in or its period has passed; major cases go to legal review. */
    @Transactional
    public CaseState submit(long caseId, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        CaseState to = steps.check(c, CaseAction.SUBMIT, actor, steps.facts(c, steps.today()));
        steps.record(c, CaseAction.SUBMIT, to, actor, c.major() ? "major: legal review" : "");
        return to;
    }

    /** Distinct enabled accounts that may act as officers (investigators and directors), at least {@code min}. */
    private List<String> officers(List<String> names, int min) {
        Set<String> distinct = new LinkedHashSet<>();
        if (names != null) {
            for (String n : names) {
                if (!Cases.blank(n)) {
                    distinct.add(n.trim());
                }
            }
        }
        if (distinct.size() < min) {
            throw CaseRefusal.invalid(min >= 2 ? "cases.refused.twoOfficers" : "cases.refused.officer", distinct.size());
        }
        List<String> out = new ArrayList<>();
        for (String n : distinct) {
            var a = accounts.find(n).filter(x -> x.enabled() && (x.role() == Role.INVESTIGATOR || x.role() == Role.DIRECTOR))
                    .orElseThrow(() -> CaseRefusal.invalid("cases.refused.notOfficer", n));
            out.add(a.username());
        }
        return out;
    }

    private static String safeName(String name) {
        if (Cases.blank(name)) {
            return "attachment";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 200 ? base.substring(0, 200) : base;
    }
}
