package org.fundguard.platform.cases;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fundguard.platform.web.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 法制审核 (approve, or send back with reasons) and 集体讨论 (who took part, what they concluded). */
@Service
class Review {
    private final CaseSteps steps;
    private final JdbcClient jdbc;
    private final CasesProperties properties;

    Review(CaseSteps steps, JdbcClient jdbc, CasesProperties properties) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    enum Outcome { APPROVED, RETURNED }

    /** The legal reviewer's opinion: approved goes on to collective discussion, returned goes back to investigation. */
    @Transactional
    public CaseState review(long caseId, Outcome outcome, String opinion, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        CaseAction action = outcome == Outcome.RETURNED ? CaseAction.RETURN_REVIEW : CaseAction.APPROVE_REVIEW;
        CaseState to = steps.check(c, action, actor, steps.facts(c, steps.today()));
        if (outcome == null) {
            throw CaseRefusal.invalid("cases.refused.outcome");
        }
        // a return without reasons leaves the investigators guessing; an approval states its opinion too (审核意见)
        if (Cases.blank(opinion)) {
            throw CaseRefusal.invalid(outcome == Outcome.RETURNED ? "cases.refused.returnReason" : "cases.refused.opinion");
        }
        jdbc.sql("insert into case_reviews (case_id, outcome, opinion, reviewer) values (?,?,?,?)")
                .params(caseId, outcome.name(), opinion.trim(), actor.username()).update();
        steps.record(c, action, to, actor, opinion.trim());
        return to;
    }

    /** The director sends a case that turned out major in DECIDING to legal review. */
    @Transactional
    public void requestReview(long caseId, String reason, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        CaseState to = steps.check(c, CaseAction.REQUEST_REVIEW, actor, steps.facts(c, steps.today()));
        jdbc.sql("update cases set major = true where id = ?").param(caseId).update();
        steps.record(c, CaseAction.REQUEST_REVIEW, to, actor, reason == null ? "" : reason.trim());
    }

    @Transactional
    public void discuss(long caseId, LocalDate heldOn, String participants, String conclusion, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        CaseState to = steps.check(c, CaseAction.RECORD_DISCUSSION, actor, steps.facts(c, steps.today()));
        List<String> people = participants == null ? List.of()
                : Arrays.stream(participants.split("[\\n,，、;；]")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        if (people.size() < properties.discussionMinParticipants()) {
            throw CaseRefusal.invalid("cases.refused.participants", properties.discussionMinParticipants(), people.size());
        }
        if (Cases.blank(conclusion)) {
            throw CaseRefusal.invalid("cases.refused.conclusion");
        }
        LocalDate day = heldOn == null ? steps.today() : heldOn;
        if (day.isAfter(steps.today())) {
            throw CaseRefusal.invalid("cases.refused.future", day);
        }
        jdbc.sql("insert into case_discussions (case_id, held_on, participants, conclusion, recorded_by) values (?,?,?,?,?)")
                .params(caseId, day, String.join("\n", people), conclusion.trim(), actor.username()).update();
        steps.record(c, CaseAction.RECORD_DISCUSSION, to, actor, people.size() + " participants: " + conclusion.trim());
    }
}
