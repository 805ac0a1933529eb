package org.fundguard.platform.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fundguard.core.Money;
import org.fundguard.enforcement.agreement.AgreementEvent;
import org.fundguard.enforcement.agreement.TerminationAdvice;
import org.fundguard.enforcement.points.Conduct;
import org.fundguard.enforcement.points.PointsTable;
import org.fundguard.enforcement.sanctions.Article;
import org.fundguard.enforcement.sanctions.Bounds;
import org.fundguard.enforcement.sanctions.Choice;
import org.fundguard.enforcement.sanctions.Decision;
import org.fundguard.enforcement.sanctions.DecisionRefusedException;
import org.fundguard.enforcement.sanctions.Decisions;
import org.fundguard.enforcement.sanctions.DiscretionBasis;
import org.fundguard.enforcement.sanctions.DiscretionLevel;
import org.fundguard.enforcement.sanctions.LawfulRange;
import org.fundguard.enforcement.sanctions.RecordedDecision;
import org.fundguard.enforcement.sanctions.SanctionCatalogue;
import org.fundguard.enforcement.sanctions.SanctionKind;
import org.fundguard.enforcement.sanctions.SanctionRange;
import org.fundguard.enforcement.sanctions.Unit;
import org.fundguard.platform.web.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 处理决定: the lawful range of every sanction comes from the enforcement module (the same code as
 * {@code bin/fundguard penalty}); a decision outside it, or outside the chosen level of the province's
 * discretion basis, is refused there. Here the decision is recorded with what follows from it: the money
 * owed, the agreement suspensions or termination and the practitioners' points that detection will read
 * back as sanction_status.csv, and the decision letter.
 */
@Service
class Deciding {
    private final CaseSteps steps;
    private final JdbcClient jdbc;
    private final CasesProperties properties;
    private final CaseDocuments documents;
    private final SanctionCatalogue catalogue = SanctionCatalogue.order735();
    private final DiscretionBasis basis;
    private final PointsTable points = PointsTable.builtIn();
    private final Set<SanctionKind> majorKinds = EnumSet.noneOf(SanctionKind.class);

    Deciding(CaseSteps steps, JdbcClient jdbc, CasesProperties properties, CaseDocuments documents) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.properties = properties;
        this.documents = documents;
        this.basis = DiscretionBasis.builtIn(properties.province());
        for (String k : properties.majorSanctions()) {
            SanctionKind kind = SanctionKind.of(k.trim());
            if (kind == null) {
                throw new IllegalStateException("fundguard.cases.major-sanctions: unknown sanction " + k);
            }
            majorKinds.add(kind);
        }
    }

    /** A sanction as chosen on the form: its kind, and the value in yuan (amounts) or in the term's unit. */
    record Chosen(String kind, BigDecimal value) {
    }

    /** Points for a practitioner (医保支付资格记分) decided in the case. */
    record Points(String pracCode, String conduct, int points, int suspensionMonths) {
    }

    record DecisionForm(String article, boolean fraud, BigDecimal loss, String level, String reason, LocalDate effectiveFrom,
            String deptCode, List<Chosen> sanctions, List<Points> points) {

        /** The page's form: {@code use_KIND=on}, {@code value_KIND}; up to three point rows {@code prac_N, conduct_N, points_N}. */
        static DecisionForm from(Map<String, String> f) {
            List<Chosen> chosen = new ArrayList<>();
            for (SanctionKind k : SanctionKind.values()) {
                if (f.containsKey("use_" + k.name())) {
                    String v = f.getOrDefault("value_" + k.name(), "").trim();
                    chosen.add(new Chosen(k.name(), v.isEmpty() ? BigDecimal.ZERO : number(v)));
                }
            }
            List<Points> pts = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String prac = f.getOrDefault("prac_" + i, "").trim();
                if (!prac.isEmpty()) {
                    pts.add(new Points(prac, f.getOrDefault("conduct_" + i, "").trim(), number(f.getOrDefault("points_" + i, "0")).intValue(),
                            number(f.getOrDefault("months_" + i, "0")).intValue()));
                }
            }
            String eff = f.getOrDefault("effectiveFrom", "").trim();
            String loss = f.getOrDefault("loss", "").trim();
            return new DecisionForm(f.get("article"), "true".equals(f.get("fraud")) || "on".equals(f.get("fraud")),
                    loss.isEmpty() ? null : number(loss), f.get("level"), f.get("reason"), eff.isEmpty() ? null : LocalDate.parse(eff),
                    f.get("deptCode"), chosen, pts);
        }

        private static BigDecimal number(String s) {
            try {
                return new BigDecimal(s.trim().isEmpty() ? "0" : s.trim());
            } catch (NumberFormatException e) {
                throw CaseRefusal.invalid("cases.refused.number", s);
            }
        }
    }

    /** The decision form's content: the articles, the levels, and for the chosen article every sanction's range. */
    record FormView(List<Article> articles, String article, long lossFen, boolean fraud, List<DiscretionLevel> levels,
            List<RangeLine> ranges, List<String> notes, List<Conduct> conducts, Optional<String> termination) {
        public String loss() {
            return Money.toYuan(lossFen).toPlainString();
        }
    }

    /** One sanction of the lawful range, with the sub-range of each discretion level. */
    record RangeLine(String kind, String label, String unit, String range, boolean required, String condition, String basis,
            List<String> levelRanges) {
    }

    FormView form(CaseFile c, String article, long lossFen, boolean fraud, LocalDate today) {
        String a = article == null || catalogue.article(article).isEmpty() ? catalogue.articles().get(0).code() : article;
        LawfulRange range = catalogue.range(a, Math.max(0, lossFen), fraud);
        List<RangeLine> lines = new ArrayList<>();
        for (SanctionRange s : range.sanctions()) {
            List<String> levels = new ArrayList<>();
            for (DiscretionLevel l : basis.levels()) {
                levels.add(l.label() + " " + basis.subRange(s, l.code()).describe());
            }
            lines.add(new RangeLine(s.kind().name(), s.kind().label(), s.bounds().unit().name(), s.bounds().describe(), s.required(),
                    s.condition().name(), s.basis(), levels));
        }
        return new FormView(catalogue.articles(), a, lossFen, fraud, basis.levels(), lines, range.notes(), points.conducts(),
                terminationAdvice(c, fraud, today));
    }

    /** Suggests 解除协议 when the institution was suspended twice in the agreement term or fraud is confirmed. */
    Optional<String> terminationAdvice(CaseFile c, boolean fraud, LocalDate today) {
        if (c.institutionCode() == null) {
            return Optional.empty();
        }
        List<AgreementEvent> history = jdbc.sql("""
                select subject_code, effective_from, effective_to, basis from sanction_status
                where subject_type = 'INSTITUTION' and status = 'SUSPENDED' and subject_code = ? order by effective_from""")
                .param(c.institutionCode()).query((rs, n) -> AgreementEvent.suspend(rs.getString(1), null, rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4))).list();
        // the agreement term: the service agreements are signed for the calendar year in most regions
        return TerminationAdvice.assess(c.institutionCode(), history, today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()),
                fraud).map(TerminationAdvice.Suggestion::reason);
    }

    @Transactional
    public void decide(long caseId, DecisionForm f, CurrentUser actor) {
        CaseFile c = steps.lock(caseId);
        LocalDate today = steps.today();
        CaseLifecycle.Facts facts = steps.facts(c, today);
        steps.check(c, CaseAction.DECIDE, actor, facts.withLegallyApproved(true));   // duty and state first
        if (f.article() == null || catalogue.article(f.article()).isEmpty()) {
            throw CaseRefusal.invalid("cases.refused.article", f.article());
        }
        long lossFen = f.loss() == null ? c.amountFen() : Execution.fen(f.loss());
        LawfulRange lawful = catalogue.range(f.article(), Math.max(0, lossFen), f.fraud());
        List<Choice> choices = new ArrayList<>();
        for (Chosen ch : f.sanctions()) {
            SanctionKind kind = SanctionKind.of(ch.kind());
            if (kind == null) {
                throw CaseRefusal.invalid("cases.refused.sanction", ch.kind());
            }
            Unit unit = lawful.find(kind).map(s -> s.bounds().unit()).orElse(Unit.NONE);
            long value = switch (unit) {
                case FEN -> Execution.fen(ch.value());
                case NONE -> 0;
                default -> wholeNumber(ch.value());
            };
            choices.add(new Choice(kind, value, unit));
        }
        RecordedDecision recorded;
        try {
            recorded = Decisions.record(catalogue, basis, new Decision(f.article(), lossFen, f.fraud(), f.level(), f.reason(), choices));
        } catch (DecisionRefusedException e) {
            throw CaseRefusal.invalid("cases.refused.decision", e.getMessage());
        }
        boolean major = recorded.penaltiesFen() >= Math.multiplyExact(properties.majorFineYuan(), 100L)
                || recorded.sanctions().stream().anyMatch(s -> majorKinds.contains(s.choice().kind()));
        CaseState to = steps.check(c, CaseAction.DECIDE, actor, facts.withDecisionMajor(major));
        LocalDate from = f.effectiveFrom() == null ? today : f.effectiveFrom();
        long decisionId = jdbc.sql("""
                insert into case_decisions (case_id, article, applied_article, fraud, loss_fen, province, level, level_label, reason,
                                            decided_on, decided_by)
                values (?,?,?,?,?,?,?,?,?,?,?) returning id""")
                .params(caseId, f.article(), recorded.range().article().code(), f.fraud(), lossFen, recorded.province(),
                        recorded.level().code(), recorded.level().label(), f.reason().trim(), today, actor.username())
                .query(Long.class).single();
        for (RecordedDecision.Chosen s : recorded.sanctions()) {
            Bounds b = s.lawful().bounds();
            jdbc.sql("""
                    insert into case_sanctions (decision_id, case_id, kind, label, value, unit, lawful_min, lawful_max, level_min, level_max, basis)
                    values (?,?,?,?,?,?,?,?,?,?,?)""")
                    .params(decisionId, caseId, s.choice().kind().name(), s.choice().kind().label(), s.choice().value(), b.unit().name(),
                            b.min(), b.max(), s.levelRange().min(), s.levelRange().max(), s.lawful().basis()).update();
            agreementChange(c, s.choice(), from, f.deptCode());
        }
        due(caseId, "RECOVERY", recorded.returnFen());
        due(caseId, "FINE", sum(recorded, SanctionKind.FINE));
        due(caseId, "DAMAGES", sum(recorded, SanctionKind.LIQUIDATED_DAMAGES));
        for (Points p : f.points()) {
            recordPoints(c, p, today);
        }
        steps.record(c, CaseAction.DECIDE, to, actor, "art." + recorded.range().article().code() + " level " + recorded.level().code()
                + ", fines " + Money.format(recorded.penaltiesFen()) + ", return " + Money.format(recorded.returnFen())
                + (major ? ", major" : ""));
        documents.decision(c, decisionId, actor.username());
    }

    private void agreementChange(CaseFile c, Choice choice, LocalDate from, String deptCode) {
        String subject = c.institutionCode();
        switch (choice.kind()) {
            case SUSPEND_AGREEMENT -> status(c, "INSTITUTION", subject, null, "SUSPENDED", from, end(from, choice));
            case SUSPEND_DEPARTMENT -> {
                if (Cases.blank(deptCode)) {
                    throw CaseRefusal.invalid("cases.refused.deptCode");
                }
                status(c, "DEPARTMENT", subject, deptCode.trim(), "SUSPENDED", from, end(from, choice));
            }
            case TERMINATE_AGREEMENT -> status(c, "INSTITUTION", subject, null, "TERMINATED", from, null);
            default -> {
                // the other measures change no agreement status
            }
        }
    }

    private void status(CaseFile c, String type, String subject, String dept, String status, LocalDate from, LocalDate to) {
        if (subject == null) {
            throw CaseRefusal.invalid("cases.refused.noInstitution");
        }
        jdbc.sql("""
                insert into sanction_status (case_id, subject_type, subject_code, dept_code, status, effective_from, effective_to, basis)
                values (?,?,?,?,?,?,?,?)""").params(c.id(), type, subject, dept, status, from, to, c.caseNo()).update();
    }

    /** Last day of a term starting on {@code from}: 6 months from 1 March end on 31 August. */
    private static LocalDate end(LocalDate from, Choice term) {
        return switch (term.unit()) {
            case DAYS -> from.plusDays(term.value()).minusDays(1);
            case MONTHS -> from.plusMonths(term.value()).minusDays(1);
            case YEARS -> from.plusYears(term.value()).minusDays(1);
            default -> from;
        };
    }

    private void recordPoints(CaseFile c, Points p, LocalDate day) {
        Conduct conduct = points.conduct(p.conduct()).orElseThrow(() -> CaseRefusal.invalid("cases.refused.conduct", p.conduct()));
        if (p.points() < conduct.bandMin() || p.points() > conduct.bandMax()) {
            throw CaseRefusal.invalid("cases.refused.points", p.pracCode(), p.points(), conduct.bandMin(), conduct.bandMax());
        }
        var policy = points.policy();
        if (p.suspensionMonths() != 0
                && (p.suspensionMonths() < policy.suspensionMonthsMin() || p.suspensionMonths() > policy.suspensionMonthsMax())) {
            throw CaseRefusal.invalid("cases.refused.suspensionMonths", policy.suspensionMonthsMin(), policy.suspensionMonthsMax());
        }
        jdbc.sql("""
                insert into practitioner_points (case_id, prac_code, fixmedins_code, conduct, points, suspension_months, decided_on, basis)
                values (?,?,?,?,?,?,?,?)""")
                .params(c.id(), p.pracCode(), c.institutionCode(), conduct.code(), p.points(), p.suspensionMonths(), day, c.caseNo())
                .update();
    }

    private void due(long caseId, String kind, long fen) {
        if (fen > 0) {
            jdbc.sql("insert into case_dues (case_id, kind, amount_fen) values (?,?,?)").params(caseId, kind, fen).update();
        }
    }

    private static long sum(RecordedDecision d, SanctionKind kind) {
        long s = 0;
        for (RecordedDecision.Chosen c : d.sanctions()) {
            if (c.choice().kind() == kind) {
                s = Math.addExact(s, c.choice().value());
            }
        }
        return s;
    }

    private static long wholeNumber(BigDecimal v) {
        try {
            return v.longValueExact();
        } catch (ArithmeticException e) {
            throw CaseRefusal.invalid("cases.refused.number", v.toPlainString());
        }
    }
}
