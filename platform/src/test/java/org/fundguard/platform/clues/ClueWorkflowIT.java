package org.fundguard.platform.clues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.SmallRegion;
import org.fundguard.platform.TestRuns;
import org.fundguard.platform.cases.Cases;
import org.fundguard.platform.runs.DataRun;
import org.fundguard.platform.runs.RunMode;
import org.fundguard.platform.runs.RunService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A run's leads in the inbox, worked from assignment to verification, merge and case. */
@PlatformIT
class ClueWorkflowIT {
    @Autowired
    RunService runs;
    @Autowired
    ClueService clues;
    @Autowired
    Precision precision;
    @Autowired
    Cases cases;
    @Autowired
    MockMvc mvc;

    @TempDir
    Path dir;

    SmallRegion region;

    @BeforeEach
    void importTheRegion(TestInfo test) {
        region = SmallRegion.writeTo(dir, Integer.toHexString(test.getDisplayName().hashCode()));
        long id = runs.start("workflow", dir, RunMode.IMPORT, "analyst");
        DataRun run = TestRuns.awaitFinished(runs, id);
        assertThat(run.status()).as(run.message()).isEqualTo("DONE");
    }

    @Test
    void putsEveryLeadOfTheRunInTheInboxWithItsSourceAndAmount() {
        Clue c = clues.get(region.overPrice);

        assertThat(c.sourceKind()).isEqualTo(SourceKind.RULE);
        assertThat(c.source()).isEqualTo("RULE:PRICE-CAP");
        assertThat(c.amountFen()).isEqualTo(1200);
        assertThat(c.status()).isEqualTo(ClueStatus.NEW);
        assertThat(c.institutionName()).isEqualTo("康宁医院");
        assertThat(clues.get(region.excessive).sourceKind()).isEqualTo(SourceKind.MODEL);
    }

    @Test
    void showsTheLeadWithMaskedPersonTimelineLinesAndPeers() throws Exception {
        String html = mvc.perform(get("/leads/" + region.deceasedRule).with(user("legal").roles("LEGAL")))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("张**").contains("110101********1234").contains("138****8000")
                .doesNotContain(SmallRegion.DECEASED_CERTNO).doesNotContain(SmallRegion.DECEASED_NAME)
                .doesNotContain(SmallRegion.DECEASED_PHONE);
        assertThat(html).contains("V001").contains("V002");          // the person's timeline
        assertThat(html).contains("F001-0").contains("阿莫西林胶囊");  // the lines of the named visit
        // peers of the same level, the clue's institution marked, in the chart's script (JSON-escaped)
        assertThat(html).contains("peer-chart").contains(jsEscaped("仁和医院")).contains("\"focus\":true");
    }

    @Test
    void filtersAndSortsTheInbox() {
        InboxFilter overPrice = new InboxFilter("OVER_PRICE", "康宁", null, null, null, null, null, null, null, "amount",
                "desc", 0);
        assertThat(clues.search(overPrice).clues()).extracting(Clue::id).contains(region.overPrice)
                .doesNotContain(region.deceasedRule);

        InboxFilter byScore = new InboxFilter(null, null, null, SourceKind.MODEL, null, new BigDecimal("0.75"), null,
                null, null, "score", "asc", 0);
        List<Clue> models = clues.search(byScore).clues();
        assertThat(models).extracting(Clue::id).contains(region.deceasedModel).doesNotContain(region.excessive);
        assertThat(models).allMatch(c -> c.sourceKind() == SourceKind.MODEL);
        assertThat(models).extracting(Clue::score).isSorted();
    }

    @Test
    void walksAClueFromAssignmentToACase() {
        clues.assign(region.overPrice, "investigator", "director");
        clues.verify(region.overPrice, Verdict.CONFIRMED, "现场核对收费票据，单价35元属实", null, "investigator");
        String caseNo = clues.openCase(region.overPrice, "director");

        Clue c = clues.get(region.overPrice);
        assertThat(c.status()).isEqualTo(ClueStatus.CASE_OPENED);
        assertThat(c.confirmedFen()).isEqualTo(1200);
        assertThat(c.verifiedBy()).isEqualTo("investigator");
        assertThat(cases.caseNoOf(region.overPrice)).contains(caseNo);
    }

    @Test
    void feedsVerdictsIntoThePrecisionOfEachRuleAndModel() {
        long confirmedBefore = row("MODEL:DEATH-LINK").confirmed();
        long falseBefore = row("MODEL:EXCESS-EXAM").falsePositive();
        clues.assign(region.deceasedModel, "investigator", "analyst");
        clues.verify(region.deceasedModel, Verdict.CONFIRMED, "死亡证明与结算记录一致", null, "investigator");
        clues.assign(region.excessive, "investigator", "analyst");
        clues.verify(region.excessive, Verdict.FALSE_POSITIVE, "专科医院，检查比例正常", null, "investigator");

        assertThat(row("MODEL:DEATH-LINK").confirmed()).isEqualTo(confirmedBefore + 1);
        assertThat(row("MODEL:EXCESS-EXAM").falsePositive()).isEqualTo(falseBefore + 1);
        assertThat(row("MODEL:EXCESS-EXAM").precision()).isLessThan(BigDecimal.ONE);
    }

    @Test
    void refusesToVerifyAClueNobodyWasAssigned() {
        assertThatThrownBy(() -> clues.verify(region.overPrice, Verdict.CONFIRMED, "reason", null, "investigator"))
                .isInstanceOf(ClueException.class).hasMessageContaining("NEW");
    }

    @Test
    void refusesAVerificationByAnotherInvestigator() {
        clues.assign(region.overPrice, "investigator", "director");

        assertThatThrownBy(() -> clues.verify(region.overPrice, Verdict.CONFIRMED, "reason", null, "investigator2"))
                .isInstanceOf(ClueException.class).hasMessageContaining("assigned to investigator");
    }

    @Test
    void refusesAVerificationWithoutReason() {
        clues.assign(region.overPrice, "investigator", "director");

        assertThatThrownBy(() -> clues.verify(region.overPrice, Verdict.NOT_ESTABLISHED, " ", null, "investigator"))
                .isInstanceOf(ClueException.class).hasMessageContaining("reason");
    }

    @Test
    void mergesADuplicateIntoThePrimaryClue() throws Exception {
        Clue primary = clues.get(region.deceasedRule);
        assertThat(clues.possibleDuplicates(primary)).extracting(Clue::id).contains(region.deceasedModel);

        mvc.perform(post("/leads/" + region.deceasedRule + "/merge").param("duplicate", region.deceasedModel)
                .with(user("analyst").roles("ANALYST")).with(csrf()));

        Clue merged = clues.get(region.deceasedModel);
        assertThat(merged.status()).isEqualTo(ClueStatus.MERGED);
        assertThat(merged.mergedInto()).isEqualTo(region.deceasedRule);
        assertThat(clues.mergedInto(region.deceasedRule)).extracting(Clue::id).containsExactly(region.deceasedModel);
    }

    @Test
    void registersAReportByHand() {
        String id = clues.register(new ClueService.ManualClue(SourceKind.REPORT, "CARD_HARVEST", SmallRegion.PHARMACY,
                null, new BigDecimal("3000.50"), "JB-2024-017", "群众举报该药店收集老年人医保卡集中刷卡", null), "intake");

        Clue c = clues.get(id);
        assertThat(c.sourceKind()).isEqualTo(SourceKind.REPORT);
        assertThat(c.source()).isEqualTo("REPORT:JB-2024-017");
        assertThat(c.amountFen()).isEqualTo(300050);
        assertThat(c.status()).isEqualTo(ClueStatus.NEW);
    }

    @Test
    void refusesAHandEnteredClueThatPretendsToComeFromAModel() {
        assertThatThrownBy(() -> clues.register(new ClueService.ManualClue(SourceKind.MODEL, "CARD_HARVEST",
                SmallRegion.PHARMACY, null, null, null, "x", null), "intake"))
                .isInstanceOf(ClueException.class);
    }

    @Test
    void exportsTheInboxWithPersonsMasked() throws Exception {
        String csv = mvc.perform(get("/leads/export.csv").param("institution", SmallRegion.H_KANGNING)
                .with(user("director").roles("DIRECTOR"))).andReturn().getResponse().getContentAsString();

        assertThat(csv).contains(region.deceasedRule).contains("张**")
                .doesNotContain(SmallRegion.DECEASED_NAME).doesNotContain(SmallRegion.DECEASED_CERTNO);
    }

    private static String jsEscaped(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(String.format("\\u%04X", c)));
        return b.toString();
    }

    private Precision.Row row(String source) {
        return precision.bySource().stream().filter(r -> r.source().equals(source)).findFirst().orElseThrow();
    }
}
