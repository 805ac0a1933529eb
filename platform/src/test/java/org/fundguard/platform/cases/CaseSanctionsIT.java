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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fundguard.core.AgreementStatus;
import org.fundguard.core.SanctionStatus;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.clues.ClueService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What a decision leaves behind: agreement changes that must stay consistent, the export and the monthly counts. */
@PlatformIT
class CaseSanctionsIT {
    private static final LocalDate TODAY = PlatformIT.TODAY;

    @Autowired ClueService clues;
    @Autowired Cases cases;
    @Autowired Investigation investigation;
    @Autowired CaseStatements statements;
    @Autowired Review review;
    @Autowired Deciding deciding;
    @Autowired CaseStatistics statistics;
    @Autowired SanctionStatusExport export;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void refusesToSuspendAnAgreementThatWasTerminatedAndTheExportStillAnswers() throws Exception {
        CaseFile first = readyToDecide("H-TERM", "800.00");
        deciding.decide(first.id(), agreementMeasure(true, "800.00", "TERMINATE_AGREEMENT", BigDecimal.ZERO), DIRECTOR);
        CaseFile second = readyToDecide("H-TERM", "500.00");

        assertThatThrownBy(() -> deciding.decide(second.id(), agreementMeasure(false, "500.00", "SUSPEND_AGREEMENT", new BigDecimal("60")), DIRECTOR))
                .isInstanceOfSatisfying(CaseRefusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(CaseRefusal.Kind.CONFLICT);
                    assertThat(r.code()).isEqualTo("cases.refused.terminated");
                    assertThat(r.args()).contains("H-TERM", TODAY, first.caseNo());
                });
        MockHttpServletResponse api = mvc.perform(post("/api/v1/cases/" + second.id() + "/decision").with(user("director").roles("DIRECTOR"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"article":"P","fraud":false,"loss":500.00,"level":"GENERAL","reason":"再次违规","sanctions":[
                         {"kind":"RETURN_LOSS","value":500.00},{"kind":"SUSPEND_DEPARTMENT","value":90}],"deptCode":"D01","points":[]}"""))
                .andReturn().getResponse();
        api.setCharacterEncoding("UTF-8");
        assertThat(api.getStatus()).isEqualTo(409);
        assertThat(api.getContentAsString()).contains("cases.refused.terminated").contains("已于 " + TODAY + " 解除");
        assertThat(cases.get(second.id()).status()).isEqualTo(CaseState.DECIDING);

        MockHttpServletResponse csv = mvc.perform(get("/api/v1/cases/sanction-status.csv").with(user("analyst").roles("ANALYST")))
                .andReturn().getResponse();
        csv.setCharacterEncoding("UTF-8");
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentAsString()).contains("INSTITUTION,H-TERM,,TERMINATED," + TODAY + ",," + first.caseNo());
    }

    @Test
    void exportsAHistoryThatRecordsChangesAfterTheTerminationAsTerminatedFromItsDay() throws Exception {
        CaseFile c = aCaseFromAConfirmedClue(clues, cases, "H-OLD", "100.00");
        LocalDate terminated = LocalDate.of(2025, 3, 1);
        // rows as decisions stored them before they were checked: a suspension, its department and a second termination after the end
        storedStatus(c, "INSTITUTION", null, "TERMINATED", terminated, null);
        storedStatus(c, "INSTITUTION", null, "SUSPENDED", terminated.plusMonths(2), terminated.plusMonths(4));
        storedStatus(c, "DEPARTMENT", "D01", "SUSPENDED", terminated.plusDays(1), terminated.plusDays(30));
        storedStatus(c, "INSTITUTION", null, "TERMINATED", terminated.plusMonths(6), null);

        List<SanctionStatus> rows = export.rows().stream().filter(s -> s.subjectCode().equals("H-OLD")).toList();

        assertThat(rows).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(AgreementStatus.TERMINATED);
            assertThat(s.from()).isEqualTo(terminated);
        });
        assertThat(mvc.perform(get("/api/v1/cases/sanction-status.csv").with(user("director").roles("DIRECTOR"))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void countsPractitionersWhosePaymentQualificationWasSuspendedOrTerminatedInTheMonth() {
        YearMonth month = YearMonth.from(TODAY);
        CaseStatistics.MonthFigures before = statistics.monthly(month, month).get(0);
        CaseFile earlier = readyToDecide("H-PTS1", "300.00");
        deciding.decide(earlier.id(), withPoints(List.of(new Deciding.Points("D-PTS-A", "C03", 5, 0))), DIRECTOR);
        CaseFile later = readyToDecide("H-PTS2", "300.00");
        // A reaches 9 with the points of another institution's case; B 12 at once; C stays at 6
        deciding.decide(later.id(), withPoints(List.of(new Deciding.Points("D-PTS-A", "C04", 4, 3),
                new Deciding.Points("D-PTS-B", "C08", 12, 0), new Deciding.Points("D-PTS-C", "C03", 6, 0))), DIRECTOR);

        CaseStatistics.MonthFigures after = statistics.monthly(month, month).get(0);

        assertThat(after.practitionerSuspensions() - before.practitionerSuspensions()).isEqualTo(1);
        assertThat(after.practitionerTerminations() - before.practitionerTerminations()).isEqualTo(1);
        assertThat(statistics.monthly(month.minusMonths(1), month.minusMonths(1)).get(0).practitionerSuspensions()).isZero();
    }

    private CaseFile readyToDecide(String institution, String yuan) {
        CaseFile c = aCaseFromAConfirmedClue(clues, cases, institution, yuan);
        investigation.assign(c.id(), List.of("investigator", "investigator2"), DIRECTOR);
        investigation.addRecord(c.id(), anInterview(List.of("investigator", "investigator2")), List.of(), INVESTIGATOR);
        investigation.issueNotice(c.id(), "拟处理意见", TODAY, true, INVESTIGATOR);
        statements.submit(c.caseNo(), institution, "无异议", false, "inst");
        investigation.submit(c.id(), INVESTIGATOR);
        review.review(c.id(), Review.Outcome.APPROVED, "同意", LEGAL);
        review.discuss(c.id(), TODAY, "甲\n乙\n丙", "同意", DIRECTOR);
        return cases.get(c.id());
    }

    private static Deciding.DecisionForm agreementMeasure(boolean fraud, String loss, String kind, BigDecimal value) {
        return new Deciding.DecisionForm("P", fraud, null, "GENERAL", "协议处理", TODAY, null, List.of(
                new Deciding.Chosen("RETURN_LOSS", new BigDecimal(loss)), new Deciding.Chosen(kind, value)), List.of());
    }

    private static Deciding.DecisionForm withPoints(List<Deciding.Points> points) {
        return new Deciding.DecisionForm("38", false, null, "GENERAL", "初次违规", null, null, List.of(
                new Deciding.Chosen("RECTIFY", BigDecimal.ZERO), new Deciding.Chosen("RETURN_LOSS", new BigDecimal("300.00")),
                new Deciding.Chosen("FINE", new BigDecimal("450.00"))), points);
    }

    private void storedStatus(CaseFile c, String type, String dept, String status, LocalDate from, LocalDate to) {
        jdbc.sql("""
                insert into sanction_status (case_id, subject_type, subject_code, dept_code, status, effective_from, effective_to, basis)
                values (?,?,?,?,?,?,?,?)""").params(c.id(), type, c.institutionCode(), dept, status, from, to, c.caseNo()).update();
    }
}
