package org.fundguard.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fundguard.platform.cases.CaseFixtures.DIRECTOR;
import static org.fundguard.platform.cases.CaseFixtures.INVESTIGATOR;
import static org.fundguard.platform.cases.CaseFixtures.LEGAL;
import static org.fundguard.platform.cases.CaseFixtures.aCaseFromAConfirmedClue;
import static org.fundguard.platform.cases.CaseFixtures.anInterview;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.SmallRegion;
import org.fundguard.platform.TestRuns;
import org.fundguard.platform.clues.ClueService;
import org.fundguard.platform.runs.DataRun;
import org.fundguard.platform.runs.RunMode;
import org.fundguard.platform.runs.RunService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A suspension decided in a case comes back from the next screening as leads on the services after its date.
 * Its own context and database (a distinct property, closed afterwards): the screening puts a whole region's
 * leads into the inbox, which would crowd the duplicate lists other tests of the shared context read.
 */
@PlatformIT
@TestPropertySource(properties = "fundguard.cases.statement-working-days=5")
@DirtiesContext
class CaseSanctionRunIT {
    private static final LocalDate SUSPENDED_FROM = LocalDate.of(2024, 3, 1);   // SmallRegion's V006 at 仁和医院 is on 2 April

    @Autowired ClueService clues;
    @Autowired Cases cases;
    @Autowired Investigation investigation;
    @Autowired CaseStatements statements;
    @Autowired Review review;
    @Autowired Deciding deciding;
    @Autowired SanctionStatusExport export;
    @Autowired RunService runs;
    @Autowired JdbcClient jdbc;

    @TempDir
    Path dataset;

    @Test
    void turnsServicesOfAnInstitutionSuspendedInACaseIntoLeadsOfTheNextRun() {
        CaseFile c = aCaseFromAConfirmedClue(clues, cases, SmallRegion.H_RENHE, "63.00");
        investigation.assign(c.id(), List.of("investigator", "investigator2"), DIRECTOR);
        investigation.addRecord(c.id(), anInterview(List.of("investigator", "investigator2")), List.of(), INVESTIGATOR);
        investigation.issueNotice(c.id(), "拟中止医保协议60日", PlatformIT.TODAY, true, INVESTIGATOR);
        statements.submit(c.caseNo(), SmallRegion.H_RENHE, "无异议", false, "inst");
        investigation.submit(c.id(), INVESTIGATOR);
        review.review(c.id(), Review.Outcome.APPROVED, "同意", LEGAL);
        review.discuss(c.id(), PlatformIT.TODAY, "甲\n乙\n丙", "中止协议60日", DIRECTOR);
        deciding.decide(c.id(), new Deciding.DecisionForm("P", false, null, "GENERAL", "屡次违规", SUSPENDED_FROM, null,
                List.of(new Deciding.Chosen("RETURN_LOSS", new BigDecimal("63.00")),
                        new Deciding.Chosen("SUSPEND_AGREEMENT", new BigDecimal("60"))), List.of()), DIRECTOR);

        SmallRegion.writeTo(dataset, "sanctions");
        assertThat(export.writeTo(dataset)).isGreaterThanOrEqualTo(1);
        DataRun run = TestRuns.awaitFinished(runs, runs.start("sanctions", dataset, RunMode.SCREEN, "analyst"));

        assertThat(run.status()).as(run.message()).isEqualTo("DONE");
        List<String> subjects = jdbc.sql("select subject_id from run_leads where run_id = ? and source like '%SUSPENDED_AGREEMENT%'")
                .param(run.id()).query(String.class).list();
        assertThat(subjects).isNotEmpty();
    }
}
