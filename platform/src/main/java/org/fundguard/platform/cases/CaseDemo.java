package org.fundguard.platform.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fundguard.core.Category;
import org.fundguard.core.Money;
import org.fundguard.platform.clues.ClueService;
import org.fundguard.platform.clues.Verdict;
import org.fundguard.platform.runs.RunFinished;
import org.fundguard.platform.security.Role;
import org.fundguard.platform.web.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code bin/fundguard demo} ({@code fundguard.demo=true}): once the demo region's leads are in the inbox and no
 * case exists yet, five of its clues are verified and taken through case handling to different stages, by the
 * demo users and through the same services as the pages, so the timelines, the documents and the audit log are
 * real: one under investigation, one awaiting legal review, one decided (fine within the lawful range), one in
 * execution with its first instalment paid, one closed and published. A restart finds the cases and does nothing.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "fundguard.demo", havingValue = "true")
class CaseDemo {
    private static final Logger log = LoggerFactory.getLogger(CaseDemo.class);
    static final CurrentUser DIRECTOR = new CurrentUser("director", Role.DIRECTOR);
    static final CurrentUser INVESTIGATOR = new CurrentUser("investigator", Role.INVESTIGATOR);
    static final CurrentUser LEGAL = new CurrentUser("legal", Role.LEGAL);
    private static final List<String> OFFICERS = List.of("investigator", "investigator2");
    /** 违规使用 (条例第三十八条) rather than fraud: the demo decides every case under Art.38. */
    private static final List<String> ARTICLE_38 = List.of("OVER_PRICE", "DUPLICATE_CHARGE", "UNBUNDLING", "OVER_QUANTITY",
            "RESTRICTION_BREACH", "ITEM_SWAP", "EXCESSIVE_SERVICE", "CAPACITY_EXCEEDED", "SPLIT_ADMISSION", "BED_HANGING");
    /** Amounts that make a readable demo: a fine of 1.5× stays inside the 一般 level for anything from 100 yuan. */
    private static final long MIN_FEN = 100_00;
    private static final long MAX_FEN = 200_000_00;

    enum Stage { INVESTIGATING, LEGAL_REVIEW, DECIDED, INSTALMENT_PAID, PUBLISHED }

    private final JdbcClient jdbc;
    private final ClueService clues;
    private final Cases cases;
    private final Investigation investigation;
    private final Review review;
    private final Deciding deciding;
    private final Execution execution;
    private final CaseSteps steps;

    CaseDemo(JdbcClient jdbc, ClueService clues, Cases cases, Investigation investigation, Review review, Deciding deciding,
            Execution execution, CaseSteps steps) {
        this.jdbc = jdbc;
        this.clues = clues;
        this.cases = cases;
        this.investigation = investigation;
        this.review = review;
        this.deciding = deciding;
        this.execution = execution;
        this.steps = steps;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        seedQuietly();
    }

    /** Runs on the data-run worker after the run is stored: a failure here must not fail the run. */
    @EventListener
    void onRunFinished(RunFinished run) {
        seedQuietly();
    }

    private void seedQuietly() {
        try {
            int n = seed();
            if (n > 0) {
                log.info("demo: {} cases at different stages (案件办理: /cases)", n);
            }
        } catch (RuntimeException e) {
            log.warn("demo cases not created: {}", e.getMessage());
        }
    }

    record Candidate(String clueId, String category, long amountFen, String institution) {
    }

    /** One clue per institution as far as they go (the demo shows several institutions), then the next best. */
    static List<Candidate> pick(List<Candidate> eligible, int n) {
        List<Candidate> picked = new ArrayList<>(n);
        Set<String> institutions = new HashSet<>();
        for (Candidate c : eligible) {
            if (picked.size() < n && institutions.add(c.institution())) {
                picked.add(c);
            }
        }
        for (Candidate c : eligible) {
            if (picked.size() < n && !picked.contains(c)) {
                picked.add(c);
            }
        }
        return picked;
    }

    /** Creates the demo cases when there is none yet and the inbox holds enough clues; returns how many. */
    synchronized int seed() {
        if (jdbc.sql("select count(*) from cases").query(Long.class).single() > 0) {
            return 0;
        }
        List<Candidate> eligible = jdbc.sql("""
                select id, category, amount_fen, fixmedins_code from clues
                where status = 'NEW' and fixmedins_code is not null and source_kind in ('RULE', 'MODEL')
                  and category in (:categories) and amount_fen between :min and :max
                order by score desc nulls last, amount_fen desc, id limit 500""")
                .param("categories", ARTICLE_38).param("min", MIN_FEN).param("max", MAX_FEN)
                .query((rs, n) -> new Candidate(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4))).list();
        List<Candidate> picked = pick(eligible, Stage.values().length);
        if (picked.size() < Stage.values().length) {
            return 0;
        }
        for (int i = 0; i < picked.size(); i++) {
            walk(picked.get(i), Stage.values()[i]);
        }
        return picked.size();
    }

    private void walk(Candidate clue, Stage stage) {
        String label = Category.of(clue.category()).label();
        String loss = Money.toYuan(clue.amountFen()).toPlainString();
        clues.assign(clue.clueId(), INVESTIGATOR.username(), DIRECTOR.username());
        clues.verify(clue.clueId(), Verdict.CONFIRMED, "调取收费明细与病历核对，" + label + "属实", null, INVESTIGATOR.username());
        CaseFile c = cases.findByNo(clues.openCase(clue.clueId(), DIRECTOR.username())).orElseThrow();
        LocalDate today = steps.today();

        investigation.assign(c.id(), OFFICERS, DIRECTOR);
        investigation.addRecord(c.id(), new Investigation.RecordForm(Investigation.RecordKind.ON_SITE, "被检查机构收费处及病案室",
                today.atTime(9, 0), today.atTime(11, 30), "李建国", "收费处主任",
                "现场调取收费明细、医嘱和病历，核对" + label + "情况，涉及医保基金" + loss + "元。", OFFICERS), List.of(), INVESTIGATOR);
        if (stage == Stage.INVESTIGATING) {
            return;
        }
        long fineFen = clue.amountFen() * 3 / 2;
        String fine = Money.toYuan(fineFen).toPlainString();
        investigation.issueNotice(c.id(), "拟依据《医疗保障基金使用监督管理条例》第三十八条责令改正，责令退回" + loss + "元，并处罚款" + fine + "元。",
                today, true, INVESTIGATOR);
        investigation.recordStatement(c.id(), "对查明的事实无异议，已完成整改，请求从轻处理。", false, INVESTIGATOR);
        investigation.submit(c.id(), INVESTIGATOR);
        if (stage == Stage.LEGAL_REVIEW) {
            return;
        }
        review.review(c.id(), Review.Outcome.APPROVED, "事实清楚，证据确实充分，适用条例第三十八条正确，罚款在一般档次内。", LEGAL);
        review.discuss(c.id(), today, "负责人 赵强\n法制审核员 陈静\n稽查员 张伟", "同意按一般档次处理：责令退回并处1.5倍罚款。", DIRECTOR);
        deciding.decide(c.id(), new Deciding.DecisionForm("38", false, null, "GENERAL", "初次违规，积极整改，按一般档次处理", null, null,
                List.of(new Deciding.Chosen("RECTIFY", BigDecimal.ZERO), new Deciding.Chosen("RETURN_LOSS", Money.toYuan(clue.amountFen())),
                        new Deciding.Chosen("FINE", Money.toYuan(fineFen))), List.of()), DIRECTOR);
        if (stage == Stage.DECIDED) {
            return;
        }
        execution.plan(c.id(), List.of(new Execution.PlannedInstalment(today, Money.toYuan(clue.amountFen())),
                new Execution.PlannedInstalment(today.plusDays(30), Money.toYuan(fineFen))), DIRECTOR);
        execution.pay(c.id(), today, Money.toYuan(clue.amountFen()), "缴款书 DEMO-" + c.id() + "-1", INVESTIGATOR);
        if (stage == Stage.INSTALMENT_PAID) {
            return;
        }
        execution.pay(c.id(), today, Money.toYuan(fineFen), "缴款书 DEMO-" + c.id() + "-2", INVESTIGATOR);
        execution.close(c.id(), "基金损失已退回，罚款已缴清，整改到位。", DIRECTOR);
        execution.publish(c.id(), "某定点医药机构" + label + "案", "经查，该机构存在" + label + "行为，造成医保基金损失" + loss
                + "元。依据《医疗保障基金使用监督管理条例》第三十八条，责令其改正，退回医保基金" + loss + "元，并处罚款" + fine + "元。款项已全部缴清。", DIRECTOR);
    }
}
