package org.fundguard.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.platform.cases.CaseFixtures.DIRECTOR;
import static org.fundguard.platform.cases.CaseFixtures.INVESTIGATOR;
import static org.fundguard.platform.cases.CaseFixtures.LEGAL;
import static org.fundguard.platform.cases.CaseFixtures.aCaseFromAConfirmedClue;
import static org.fundguard.platform.cases.CaseFixtures.anInterview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.clues.ClueService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The filing and the outcome of a case are published for other features (reports follow their case). */
@PlatformIT
@RecordApplicationEvents
class CaseEventsIT {
    private static final LocalDate TODAY = PlatformIT.TODAY;

    @Autowired ClueService clues;
    @Autowired Cases cases;
    @Autowired Investigation investigation;
    @Autowired CaseStatements statements;
    @Autowired Review review;
    @Autowired Deciding deciding;
    @Autowired Execution execution;
    @Autowired ApplicationEvents events;

    @Test
    void publishesTheFilingOfACaseFromAClueWithTheClueAndTheDate() {
        CaseFile c = aCaseFromAConfirmedClue(clues, cases, "H-EVT-1", "300.00");

        assertThat(events.stream(CaseOpened.class)).singleElement().satisfies(e -> {
            assertThat(e.caseNo()).isEqualTo(c.caseNo());
            assertThat(e.clueId()).isEqualTo(c.clueId()).isNotNull();
            assertThat(e.source()).isEqualTo(CaseSource.CLUE);
            assertThat(e.on()).isEqualTo(TODAY);
        });
        assertThat(events.stream(CaseDecided.class)).isEmpty();
    }

    @Test
    void publishesTheFilingOfACaseFromAReportWithItsReference() {
        CaseFile c = cases.openFrom(CaseSource.REPORT, "JB-2026-000777", "群众举报", "H-EVT-2", 10_000, "director");

        assertThat(events.stream(CaseOpened.class)).singleElement().satisfies(e -> {
            assertThat(e.caseNo()).isEqualTo(c.caseNo());
            assertThat(e.clueId()).isNull();
            assertThat(e.sourceRef()).isEqualTo("JB-2026-000777");
        });
    }

    @Test
    void publishesTheDecisionAndLaterTheClosingOfACase() {
        CaseFile c = aCaseFromAConfirmedClue(clues, cases, "H-EVT-3", "1234.56");
        investigation.assign(c.id(), List.of("investigator", "investigator2"), DIRECTOR);
        investigation.addRecord(c.id(), anInterview(List.of("investigator", "investigator2")), List.of(), INVESTIGATOR);
        investigation.issueNotice(c.id(), "拟处理意见", TODAY, true, INVESTIGATOR);
        statements.submit(c.caseNo(), "H-EVT-3", "无异议", false, "inst");
        investigation.submit(c.id(), INVESTIGATOR);
        review.review(c.id(), Review.Outcome.APPROVED, "同意", LEGAL);
        review.discuss(c.id(), TODAY, "甲\n乙\n丙", "同意", DIRECTOR);
        assertThat(events.stream(CaseDecided.class)).isEmpty();

        deciding.decide(c.id(), new Deciding.DecisionForm("38", false, null, "GENERAL", "初次违规", null, null,
                List.of(new Deciding.Chosen("RECTIFY", BigDecimal.ZERO), new Deciding.Chosen("RETURN_LOSS", new BigDecimal("1234.56")),
                        new Deciding.Chosen("FINE", new BigDecimal("2000.00"))), List.of()), DIRECTOR);

        assertThat(events.stream(CaseDecided.class)).singleElement().satisfies(e -> {
            assertThat(e.caseNo()).isEqualTo(c.caseNo());
            assertThat(e.clueId()).isEqualTo(c.clueId());
            assertThat(e.outcome()).isEqualTo(CaseDecided.Outcome.DECIDED);
            assertThat(e.on()).isEqualTo(TODAY);
        });
        execution.pay(c.id(), TODAY, new BigDecimal("3234.56"), "缴款书", DIRECTOR);
        execution.close(c.id(), "已缴清", DIRECTOR);
        assertThat(events.stream(CaseDecided.class)).extracting(CaseDecided::outcome)
                .containsExactly(CaseDecided.Outcome.DECIDED, CaseDecided.Outcome.CLOSED);
    }

    @Test
    void publishesADroppedCase() {
        CaseFile c = aCaseFromAConfirmedClue(clues, cases, "H-EVT-4", "50.00");

        execution.drop(c.id(), "事实不清，撤销立案", DIRECTOR);

        assertThat(events.stream(CaseDecided.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(CaseDecided.Outcome.DROPPED));
    }
}
