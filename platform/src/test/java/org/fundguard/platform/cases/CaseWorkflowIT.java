package org.fundguard.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fundguard.platform.cases.CaseFixtures.DIRECTOR;
import static org.fundguard.platform.cases.CaseFixtures.INVESTIGATOR;
import static org.fundguard.platform.cases.CaseFixtures.LEGAL;
import static org.fundguard.platform.cases.CaseFixtures.aCaseFromAConfirmedClue;
import static org.fundguard.platform.cases.CaseFixtures.anInterview;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fundguard.core.SanctionStatus;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.auditlog.AuditLogVerifier;
import org.fundguard.platform.clues.ClueService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Cases worked from filing to publication against the real database, with their documents and figures. */
@PlatformIT
class CaseWorkflowIT {
    private static final LocalDate TODAY = PlatformIT.TODAY;

    @Autowired ClueService clues;
    @Autowired Cases cases;
    @Autowired Investigation investigation;
    @Autowired CaseStatements statements;
    @Autowired Review review;
    @Autowired Deciding deciding;
    @Autowired Execution execution;
    @Autowired CaseDocuments documents;
    @Autowired CaseStatistics statistics;
    @Autowired SanctionStatusExport export;
    @Autowired CaseReads reads;
    @Autowired AuditLog auditLog;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void walksAMajorCaseFromTheClueToPublicationWithEveryStepRecorded() throws Exception {
        List<CaseStatistics.MonthFigures> before = statistics.monthly(YearMonth.from(TODAY), YearMonth.from(TODAY));
        CaseFile c = aCaseFromAConfirmedClue(clues, cases, "H-WALK", "1234.56");
        assertThat(c.caseNo()).matches("FG医保稽〔" + TODAY.getYear() + "〕\\d{4}号");
        assertThat(c.status()).isEqualTo(CaseState.FILED);
        assertThat(c.amountFen()).isEqualTo(123_456);

        investigation.assign(c.id(), List.of("investigator", "investigator2"), DIRECTOR);
        assertThatThrownBy(() -> investigation.addRecord(c.id(), anInterview(List.of("investigator")), List.of(), INVESTIGATOR))
                .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.code()).isEqualTo("cases.refused.twoOfficers"));
        investigation.addRecord(c.id(), anInterview(List.of("investigator", "investigator2")),
                List.of(new Upload("票据.jpg", "image/jpeg", new byte[] {1, 2, 3})), INVESTIGATOR);
        investigation.issueNotice(c.id(), "拟责令退回1234.56元并处罚款", TODAY, true, INVESTIGATOR);
        assertThatThrownBy(() -> investigation.submit(c.id(), INVESTIGATOR)).isInstanceOfSatisfying(CaseRefusal.class,
                r -> assertThat(r.code()).isEqualTo("cases.refused.statementPending"));
        assertThat(statements.openNotices("H-WALK")).singleElement().satisfies(n -> assertThat(n.caseNo()).isEqualTo(c.caseNo()));
        assertThatThrownBy(() -> statements.submit(c.caseNo(), "H-OTHER", "不是本机构", false, "inst")).isInstanceOf(CaseRefusal.class);
        statements.submit(c.caseNo(), "H-WALK", "对收费标准理解有误，已整改", false, "inst-h-walk");

        assertThat(investigation.submit(c.id(), INVESTIGATOR)).isEqualTo(CaseState.LEGAL_REVIEW);
        assertThat(review.review(c.id(), Review.Outcome.RETURNED, "请补充收费票据复印件", LEGAL)).isEqualTo(CaseState.INVESTIGATING);
        investigation.issueNotice(c.id(), "拟责令退回1234.56元并处罚款2000元", TODAY, true, INVESTIGATOR);
        statements.submit(c.caseNo(), "H-WALK", "无异议", false, "inst-h-walk");
        investigation.submit(c.id(), INVESTIGATOR);
        assertThat(review.review(c.id(), Review.Outcome.APPROVED, "事实清楚，适用条例第三十八条", LEGAL)).isEqualTo(CaseState.DISCUSSION);
        assertThatThrownBy(() -> review.discuss(c.id(), TODAY, "赵强\n钱敏", "同意", DIRECTOR)).isInstanceOfSatisfying(CaseRefusal.class,
                r -> assertThat(r.code()).isEqualTo("cases.refused.participants"));
        review.discuss(c.id(), TODAY, "赵强\n钱敏\n孙丽", "同意按一般档次处理", DIRECTOR);

        assertThatThrownBy(() -> deciding.decide(c.id(), decision("38", "1000.00"), DIRECTOR)).isInstanceOfSatisfying(CaseRefusal.class,
                r -> assertThat(r.code()).isEqualTo("cases.refused.decision"));
        deciding.decide(c.id(), decision("38", "2000.00"), DIRECTOR);
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseState.EXECUTING);
        assertThat(execution.recovery(c.id(), TODAY).dueFen()).isEqualTo(123_456 + 200_000);

        execution.plan(c.id(), List.of(new Execution.PlannedInstalment(TODAY.minusDays(1), new BigDecimal("1234.56")),
                new Execution.PlannedInstalment(TODAY.plusDays(30), new BigDecimal("2000.00"))), DIRECTOR);
        assertThat(execution.recovery(c.id(), TODAY).overdueFen()).isEqualTo(123_456);
        execution.pay(c.id(), TODAY, new BigDecimal("1234.56"), "缴款书001", INVESTIGATOR);
        assertThat(execution.recovery(c.id(), TODAY).overdue()).isFalse();
        assertThatThrownBy(() -> execution.close(c.id(), "结案", DIRECTOR)).isInstanceOfSatisfying(CaseRefusal.class,
                r -> assertThat(r.code()).isEqualTo("cases.refused.outstanding"));
        assertThatThrownBy(() -> execution.pay(c.id(), TODAY, new BigDecimal("2000.01"), "缴款书002", INVESTIGATOR))
                .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.code()).isEqualTo("cases.refused.overpaid"));
        execution.pay(c.id(), TODAY, new BigDecimal("2000.00"), "缴款书002", DIRECTOR);
        execution.close(c.id(), "款项已全部缴清", DIRECTOR);
        assertThatThrownBy(() -> execution.publish(c.id(), "典型案例", "当事人身份证110101199001011234", DIRECTOR))
                .isInstanceOfSatisfying(CaseRefusal.class, r -> assertThat(r.code()).isEqualTo("cases.refused.personalData"));
        execution.publish(c.id(), "某医院超标准收费案", "追回医保基金1234.56元，罚款2000.00元。", DIRECTOR);

        CaseReads.CaseView v = reads.view(c.id(), TODAY);
        assertThat(v.file().status()).isEqualTo(CaseState.CLOSED);
        assertThat(v.events()).extracting(CaseReads.Event::action).containsSubsequence("FILE", "ASSIGN", "ADD_RECORD", "ISSUE_NOTICE",
                "RECORD_STATEMENT", "SUBMIT", "RETURN_REVIEW", "ISSUE_NOTICE", "SUBMIT", "APPROVE_REVIEW", "RECORD_DISCUSSION", "DECIDE",
                "SET_INSTALMENTS", "RECORD_PAYMENT", "RECORD_PAYMENT", "CLOSE", "PUBLISH");
        assertThat(v.records()).singleElement().satisfies(r -> {
            assertThat(r.party()).isEqualTo("王**");
            assertThat(r.attachments()).singleElement().satisfies(a -> assertThat(a.sha256()).hasSize(64));
        });
        assertThat(v.publication()).isPresent();
        assertThat(auditLog.forTarget("case:" + c.caseNo())).extracting(e -> e.action()).contains("CASE_DECIDE", "CASE_CLOSE",
                "CASE_DOCUMENT");

        YearMonth month = YearMonth.from(TODAY);
        CaseStatistics.MonthFigures now = statistics.monthly(month, month).get(0);
        assertThat(now.administrativePenalties() - before.get(0).administrativePenalties()).isEqualTo(1);
        assertThat(now.finedFen() - before.get(0).finedFen()).isEqualTo(200_000);
        assertThat(now.recoveredFen() - before.get(0).recoveredFen()).isEqualTo(123_456);
        assertThat(now.finesCollectedFen() - before.get(0).finesCollectedFen()).isEqualTo(200_000);
    }

    @Test
    void writesTheDecisionLetterAsAPdfWithTheCaseNumberAndTheFigures() throws Exception {
        CaseFile c = decidedCase("H-PDF", "1234.56", "2000.00");

        List<CaseDocuments.Document> docs = documents.list(c.id());
        assertThat(docs).extracting(CaseDocuments.Document::kind).contains(CaseDocuments.Kind.INTERVIEW, CaseDocuments.Kind.NOTICE,
                CaseDocuments.Kind.DECISION);
        CaseDocuments.Document letter = docs.stream().filter(d -> d.kind() == CaseDocuments.Kind.DECISION).findFirst().orElseThrow();
        byte[] pdf = documents.get(c.id(), letter.id()).orElseThrow().bytes();
        assertThat(CaseDocuments.sha256(pdf)).isEqualTo(letter.sha256());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = pdfText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("行政处理决定书").contains(c.caseNo()).contains("1234.56").contains("2000.00").contains("3234.56")
                    .contains("第38条");
        }
        String interview = text(c, CaseDocuments.Kind.INTERVIEW);
        assertThat(interview).contains("询问笔录").contains(c.caseNo()).contains("王**").doesNotContain("王大明");
        assertThat(text(c, CaseDocuments.Kind.NOTICE)).contains("告知书").contains(c.caseNo());
    }

    @Test
    void refusesAMajorDecisionThatSkippedLegalReviewAndSendsItThere() {
        CaseFile c = noticedCase("H-MAJOR", "5000.00", false);
        investigation.submit(c.id(), INVESTIGATOR);
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseState.DECIDING);

        Deciding.DecisionForm suspend = new Deciding.DecisionForm("P", false, new BigDecimal("5000.00"), "GENERAL", "情节一般", TODAY,
                null, List.of(new Deciding.Chosen("RETURN_LOSS", new BigDecimal("5000.00")),
                        new Deciding.Chosen("SUSPEND_AGREEMENT", new BigDecimal("60"))), List.of());
        assertThatThrownBy(() -> deciding.decide(c.id(), suspend, DIRECTOR)).isInstanceOfSatisfying(CaseRefusal.class, r -> {
            assertThat(r.kind()).isEqualTo(CaseRefusal.Kind.CONFLICT);
            assertThat(r.code()).isEqualTo("cases.refused.majorNeedsReview");
        });
        review.requestReview(c.id(), "拟中止协议，属重大执法决定", DIRECTOR);
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseState.LEGAL_REVIEW);
        assertThat(cases.get(c.id()).major()).isTrue();
    }

    @Test
    void exportsSuspensionsAndPointsDecidedInCasesAsSanctionStatus() {
        CaseFile c = noticedCase("H-SUSP", "800.00", true);
        investigation.submit(c.id(), INVESTIGATOR);
        review.review(c.id(), Review.Outcome.APPROVED, "同意", LEGAL);
        review.discuss(c.id(), TODAY, "甲\n乙\n丙", "中止协议60日，医师记分", DIRECTOR);
        LocalDate from = TODAY.plusDays(1);
        deciding.decide(c.id(), new Deciding.DecisionForm("P", false, new BigDecimal("800.00"), "GENERAL", "情节一般", from, null,
                List.of(new Deciding.Chosen("RETURN_LOSS", new BigDecimal("800.00")), new Deciding.Chosen("SUSPEND_AGREEMENT",
                        new BigDecimal("60"))), List.of(new Deciding.Points("D-SUSP-1", "C03", 5, 0),
                                new Deciding.Points("D-SUSP-2", "C04", 4, 0))), DIRECTOR);

        List<SanctionStatus> rows = export.rows();
        assertThat(rows).filteredOn(byCode("H-SUSP")).singleElement().satisfies(s -> {
            assertThat(s.subjectType()).isEqualTo(SanctionStatus.Subject.INSTITUTION);
            assertThat(s.from()).isEqualTo(from);
            assertThat(s.to()).isEqualTo(from.plusDays(59));
            assertThat(s.basis()).isEqualTo(c.caseNo());
        });
        // 5 and 4 points for two different practitioners: each stays below the suspension threshold of 9
        assertThat(rows).filteredOn(byCode("D-SUSP-1")).isEmpty();
        assertThat(export.csv()).startsWith("subject_type,subject_code,dept_code,status,effective_from,effective_to,basis\n")
                .contains("INSTITUTION,H-SUSP,,SUSPENDED," + from);
    }

    @Test
    void answersAnIllegalStepOverTheApiWith409AndTheReason() throws Exception {
        CaseFile c = aCaseFromAConfirmedClue(clues, cases, "H-API", "100.00");

        var response = mvc.perform(post("/api/v1/cases/" + c.id() + "/review").with(user("legal").roles("LEGAL")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"APPROVED\",\"opinion\":\"同意\"}"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentType()).contains("problem+json");
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getContentAsString()).contains("cases.refused.state").contains("已立案");
    }

    @Test
    void keepsTheAuditChainIntactThroughCaseSteps(@Autowired AuditLogVerifier verifier) {
        CaseFile c = aCaseFromAConfirmedClue(clues, cases, "H-CHAIN", "10.00");
        investigation.assign(c.id(), List.of("investigator", "investigator2"), DIRECTOR);

        assertThat(verifier.verify().intact()).isTrue();
    }

    private CaseFile noticedCase(String institution, String yuan, boolean major) {
        CaseFile c = aCaseFromAConfirmedClue(clues, cases, institution, yuan);
        investigation.assign(c.id(), List.of("investigator", "investigator2"), DIRECTOR);
        investigation.addRecord(c.id(), anInterview(List.of("investigator", "investigator2")), List.of(), INVESTIGATOR);
        investigation.issueNotice(c.id(), "拟处理意见", TODAY, major, INVESTIGATOR);
        statements.submit(c.caseNo(), institution, "无异议", false, "inst");
        return c;
    }

    private CaseFile decidedCase(String institution, String yuan, String fineYuan) {
        CaseFile c = noticedCase(institution, yuan, true);
        investigation.submit(c.id(), INVESTIGATOR);
        review.review(c.id(), Review.Outcome.APPROVED, "同意", LEGAL);
        review.discuss(c.id(), TODAY, "甲\n乙\n丙", "同意", DIRECTOR);
        deciding.decide(c.id(), decision("38", fineYuan), DIRECTOR);
        return c;
    }

    private static Deciding.DecisionForm decision(String article, String fineYuan) {
        return new Deciding.DecisionForm(article, false, null, "GENERAL", "初次违规，主动整改", null, null,
                List.of(new Deciding.Chosen("RECTIFY", BigDecimal.ZERO), new Deciding.Chosen("RETURN_LOSS", new BigDecimal("1234.56")),
                        new Deciding.Chosen("FINE", new BigDecimal(fineYuan))), List.of());
    }

    private String text(CaseFile c, CaseDocuments.Kind kind) throws Exception {
        CaseDocuments.Document d = documents.list(c.id()).stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(documents.get(c.id(), d.id()).orElseThrow().bytes())) {
            return pdfText(doc).replaceAll("\\s+", "");
        }
    }

    private static String pdfText(PDDocument doc) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(doc);
    }

    private static Predicate<SanctionStatus> byCode(String code) {
        return s -> s.subjectCode().equals(code);
    }
}
