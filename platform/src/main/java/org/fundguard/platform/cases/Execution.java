package org.fundguard.platform.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fundguard.core.Money;
import org.fundguard.platform.web.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 执行, 结案, 公开: the money owed under the decision followed to the fen (instalments, payments, overdue),
 * the closing of the case, its optional publication as a typical case; and 撤销立案 before a notice.
 */
@Service
class Execution {
    private final CaseSteps steps;
    private final JdbcClient jdbc;
    private final CasesProperties properties;

    Execution(CaseSteps steps, JdbcClient jdbc, CasesProperties properties) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Where the money stands on {@code day}; all zero before a decision. */
    Recovery recovery(long caseId, LocalDate day) {
        long due = jdbc.sql("select coalesce(sum(amount_fen), 0) from case_dues where case_id = ?").param(caseId)
                .query(Long.class).single();
        LocalDate decidedOn = jdbc.sql("select decided_on from case_decisions where case_id = ? order by id desc limit 1")
                .param(caseId).query(LocalDate.class).optional().orElse(day);
        List<Recovery.Instalment> plan = jdbc.sql("select seq, due_on, amount_fen from case_instalments where case_id = ? order by seq")
                .param(caseId).query((rs, n) -> new Recovery.Instalment(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getLong(3)))
                .list();
        List<Recovery.Payment> payments = jdbc.sql("select paid_on, amount_fen from case_payments where case_id = ? order by paid_on, id")
                .param(caseId).query((rs, n) -> new Recovery.Payment(rs.getObject(1, LocalDate.class), rs.getLong(2))).list();
        return Recovery.on(day, due, decidedOn, properties.paymentTermDays(), plan, payments);
    }

    record PlannedInstalment(LocalDate dueOn, BigDecimal amount) {
    }

    /** 分期缴纳 (《行政处罚法》第六十六条): replaces the plan; the instalments add up to what is owed. */
    @Transactional
    public void plan(long caseId, List<PlannedInstalment> instalments, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        CaseState to = steps.check(c, CaseAction.SET_INSTALMENTS, actor, steps.facts(c, steps.today()));
        List<Recovery.Instalment> plan = new ArrayList<>();
        int seq = 1;
        for (PlannedInstalment p : instalments == null ? List.<PlannedInstalment>of() : instalments) {
            if (p == null || p.dueOn() == null || p.amount() == null) {
                continue;
            }
            plan.add(new Recovery.Instalment(seq++, p.dueOn(), fen(p.amount())));
        }
        long due = recovery(caseId, steps.today()).dueFen();
        Recovery.checkPlan(due, plan);
        jdbc.sql("delete from case_instalments where case_id = ?").param(caseId).update();
        for (Recovery.Instalment i : plan) {
            jdbc.sql("insert into case_instalments (case_id, seq, due_on, amount_fen) values (?,?,?,?)")
                    .params(caseId, i.seq(), i.dueOn(), i.amountFen()).update();
        }
        steps.record(c, CaseAction.SET_INSTALMENTS, to, actor, plan.size() + " instalments, " + Money.format(due));
    }

    /** A payment received (追回/罚没款 to the fund account); more than what is outstanding is refused. */
    @Transactional
    public void pay(long caseId, LocalDate paidOn, BigDecimal amount, String reference, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        LocalDate today = steps.today();
        CaseState to = steps.check(c, CaseAction.RECORD_PAYMENT, actor, steps.facts(c, today));
        if (amount == null || Cases.blank(reference)) {
            throw CaseRefusal.invalid("cases.refused.paymentFields");
        }
        long fen = fen(amount);
        if (fen <= 0) {
            throw CaseRefusal.invalid("cases.refused.paymentAmount");
        }
        LocalDate day = paidOn == null ? today : paidOn;
        if (day.isAfter(today)) {
            throw CaseRefusal.invalid("cases.refused.future", day);
        }
        long outstanding = recovery(caseId, today).outstandingFen();
        if (fen > outstanding) {
            throw CaseRefusal.invalid("cases.refused.overpaid", Money.format(fen), Money.format(outstanding));
        }
        jdbc.sql("insert into case_payments (case_id, paid_on, amount_fen, reference, recorded_by) values (?,?,?,?,?)")
                .params(caseId, day, fen, reference.trim(), actor.username()).update();
        steps.record(c, CaseAction.RECORD_PAYMENT, to, actor, Money.format(fen) + " on " + day + " ref " + reference.trim());
    }

    /** 结案: only once everything owed is paid. */
    @Transactional
    public void close(long caseId, String summary, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        LocalDate today = steps.today();
        CaseState to = steps.check(c, CaseAction.CLOSE, actor,
                steps.facts(c, today).withOutstanding(recovery(caseId, today).outstandingFen()));
        steps.record(c, CaseAction.CLOSE, to, actor, summary == null ? "" : summary.trim());
    }

    /** 撤销立案: the facts do not hold up; the reason is kept. */
    @Transactional
    public void drop(long caseId, String reason, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        CaseState to = steps.check(c, CaseAction.DROP, actor, steps.facts(c, steps.today()));
        if (Cases.blank(reason)) {
            throw CaseRefusal.invalid("cases.refused.dropReason");
        }
        steps.record(c, CaseAction.DROP, to, actor, reason.trim());
    }

    /** 典型案例公开: the public exposure page shows it (case_publications). Without personal data: it is checked. */
    @Transactional
    public void publish(long caseId, String title, String summary, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        CaseState to = steps.check(c, CaseAction.PUBLISH, actor, steps.facts(c, steps.today()));
        if (Cases.blank(title) || Cases.blank(summary)) {
            throw CaseRefusal.invalid("cases.refused.publication");
        }
        if (PersonalData.found(title) || PersonalData.found(summary)) {
            throw CaseRefusal.invalid("cases.refused.personalData");
        }
        jdbc.sql("""
                insert into case_publications (case_id, title, summary, published_by) values (?,?,?,?)
                on conflict (case_id) do update set title = excluded.title, summary = excluded.summary,
                    published_by = excluded.published_by, published_at = now(), withdrawn_at = null""")
                .params(caseId, title.trim(), summary.trim(), actor.username()).update();
        steps.record(c, CaseAction.PUBLISH, to, actor, title.trim());
    }

    static long fen(BigDecimal yuan) {
        // to the fen: a fraction of a fen is a typing error, not something to round away
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw CaseRefusal.invalid("cases.refused.cents", yuan.toPlainString());
        }
        try {
            return Money.fromYuan(yuan);
        } catch (ArithmeticException e) {
            throw CaseRefusal.invalid("cases.refused.cents", yuan.toPlainString());
        }
    }
}
