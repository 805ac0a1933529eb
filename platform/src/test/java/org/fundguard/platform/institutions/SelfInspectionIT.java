package org.fundguard.platform.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.SmallRegion;
import org.fundguard.platform.TestRuns;
import org.fundguard.platform.runs.DataRun;
import org.fundguard.platform.runs.RunMode;
import org.fundguard.platform.runs.RunService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 自查自纠 against the real database: the institution's own rows of the period screened by the engine,
 * answers, the frozen submitted report, and what later data runs find that the report missed.
 */
@PlatformIT
class SelfInspectionIT {
    static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    static final LocalDate MAR_31 = LocalDate.of(2024, 3, 31);

    @Autowired
    RunService runs;
    @Autowired
    SelfInspectionService inspections;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;
    @TempDir
    Path laterDir;

    SmallRegion region;

    @BeforeEach
    void loadTheRegion(TestInfo test) {
        region = SmallRegion.writeTo(dir, Integer.toHexString(test.getDisplayName().hashCode()));
        RegionLeads.keepOnly(dir, region.overPrice, region.excessive);
        run(dir);
    }

    private DataRun run(Path data) {
        return run(data, RunMode.IMPORT);
    }

    private DataRun run(Path data, RunMode mode) {
        DataRun run = TestRuns.awaitFinished(runs, runs.start("self-inspection", data, mode, "analyst"));
        assertThat(run.status()).as(run.message()).isEqualTo("DONE");
        return run;
    }

    @Test
    void screensOnlyTheInstitutionsOwnVisitsOfThePeriod() {
        long id = inspections.start(SmallRegion.H_KANGNING, JAN_1, MAR_31, "inst1");

        SelfInspection report = inspections.get(id);
        List<Hit> hits = inspections.hits(id);
        // V001, V003 and V004 are 康宁医院's; V002, V005 (市一院) and V006 (仁和, April) are not in it
        assertThat(report.visits()).isEqualTo(3);
        assertThat(report.institutionName()).isEqualTo("康宁医院");
        assertThat(hits).extracting(Hit::category, Hit::subjectId)
                .contains(org.assertj.core.groups.Tuple.tuple("DECEASED_CLAIM", "V001"),
                        org.assertj.core.groups.Tuple.tuple("OVER_PRICE", "F003-0"));
        assertThat(hits).allSatisfy(h -> assertThat(h.evidence()).doesNotContain("V002", "V005", "V006"));
        assertThat(report.amountFen()).isEqualTo(hits.stream().mapToLong(Hit::amountFen).sum()).isPositive();
        assertThat(inspections.rows(id)).extracting(OwnDataScreening.EvidenceRow::description)
                .anyMatch(d -> d.contains("F003-0") && d.contains("血常规"))
                .noneMatch(d -> d.contains(SmallRegion.DECEASED_NAME) || d.contains(SmallRegion.DECEASED_CERTNO));
    }

    @Test
    void findsNothingOutsideThePeriod() {
        long id = inspections.start(SmallRegion.H_KANGNING, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30), "inst1");

        assertThat(inspections.get(id).visits()).isZero();
        assertThat(inspections.hits(id)).isEmpty();
    }

    @Test
    void submitsTheTotalReturnedAndFreezesTheReport() {
        long id = inspections.start(SmallRegion.H_KANGNING, JAN_1, MAR_31, "inst1");
        Hit overPrice = hit(id, "OVER_PRICE");
        answerAll(id, overPrice, new BigDecimal("9.60"));

        inspections.submit(SmallRegion.H_KANGNING, id, "已退还超标准收费", "inst1");

        SelfInspection report = inspections.get(id);
        assertThat(report.submitted()).isTrue();
        assertThat(report.returnedFen()).isEqualTo(960);
        assertThatThrownBy(() -> inspections.answer(SmallRegion.H_KANGNING, id, overPrice.leadId(), Disposition.CORRECTED,
                null, null, "inst1")).isInstanceOf(InstitutionException.class).hasMessageContaining("frozen");
        // the database refuses it too, whatever code path tries
        assertThatThrownBy(() -> jdbc.sql("update self_inspection_hits set returned_fen = 1 where inspection_id = ?")
                .param(id).update()).hasMessageContaining("frozen");
        assertThatThrownBy(() -> jdbc.sql("update self_inspections set returned_fen = 0 where id = ?").param(id).update())
                .hasMessageContaining("frozen");
        assertThatThrownBy(() -> jdbc.sql("delete from self_inspection_rows where inspection_id = ?").param(id).update())
                .hasMessageContaining("frozen");
    }

    @Test
    void refusesToSubmitWithUnansweredHits() {
        long id = inspections.start(SmallRegion.H_KANGNING, JAN_1, MAR_31, "inst1");
        Hit overPrice = hit(id, "OVER_PRICE");
        inspections.answer(SmallRegion.H_KANGNING, id, overPrice.leadId(), Disposition.CORRECTED, null, null, "inst1");

        assertThatThrownBy(() -> inspections.submit(SmallRegion.H_KANGNING, id, null, "inst1"))
                .isInstanceOf(InstitutionException.class).hasMessageContaining("not answered");
        assertThat(inspections.get(id).submitted()).isFalse();
    }

    @Test
    void requiresAReasonForADisputeAndCapsAReturnAtTheHit() {
        long id = inspections.start(SmallRegion.H_KANGNING, JAN_1, MAR_31, "inst1");
        Hit overPrice = hit(id, "OVER_PRICE");

        assertThatThrownBy(() -> inspections.answer(SmallRegion.H_KANGNING, id, overPrice.leadId(), Disposition.DISPUTED,
                " ", null, "inst1")).hasMessageContaining("reason");
        BigDecimal tooMuch = org.fundguard.core.Money.toYuan(overPrice.amountFen() + 1);
        assertThatThrownBy(() -> inspections.answer(SmallRegion.H_KANGNING, id, overPrice.leadId(), Disposition.RETURNED,
                null, tooMuch, "inst1")).hasMessageContaining("more than the hit");
        assertThat(hit(id, "OVER_PRICE").disposition()).isNull();
    }

    @Test
    void refusesAnotherInstitutionsReport() {
        long id = inspections.start(SmallRegion.H_KANGNING, JAN_1, MAR_31, "inst1");

        assertThatThrownBy(() -> inspections.own(SmallRegion.H_PEOPLE, id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> inspections.submit(SmallRegion.H_PEOPLE, id, null, "inst2"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void marksWhatALaterRunFindsThatTheReportDidNotDisclose() {
        long id = inspections.start(SmallRegion.H_KANGNING, JAN_1, MAR_31, "inst1");
        answerAll(id, hit(id, "OVER_PRICE"), new BigDecimal("5.00"));
        inspections.submit(SmallRegion.H_KANGNING, id, null, "inst1");

        DataRun later = run(dir);
        awaitCheck(id, later);

        List<Gap> gaps = inspections.gaps(id);
        // the peer comparison of 康宁医院 needs the other hospitals' data: only the agency's run has it
        assertThat(gaps).extracting(Gap::clueId, Gap::kind).contains(org.assertj.core.groups.Tuple.tuple(region.excessive, "UNDISCLOSED"));
        // the deceased visit and the over-priced line were disclosed; the same data set cannot show a correction
        assertThat(gaps).extracting(Gap::clueId).doesNotContain(region.deceasedRule, region.deceasedModel, region.overPrice);
        assertThat(inspections.gapsOfClue(region.excessive)).extracting(Gap::inspectionId).contains(id);
        assertThat(inspections.flags(id)).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo("UNDISCLOSED_HITS");
            assertThat(f.runId()).isEqualTo(later.id());
            assertThat(f.amountFen()).isEqualTo(48000);
        });
        assertThat(jdbc.sql("select count(*) from institution_integrity_flags where fixmedins_code = ? and inspection_id = ?")
                .params(SmallRegion.H_KANGNING, id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void flagsHitsReportedReturnedThatALaterDataSetStillShows() throws Exception {
        long id = inspections.start(SmallRegion.H_KANGNING, JAN_1, MAR_31, "inst1");
        Hit overPrice = hit(id, "OVER_PRICE");
        answerAll(id, overPrice, new BigDecimal("5.00"));
        inspections.submit(SmallRegion.H_KANGNING, id, null, "inst1");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.copy(f, laterDir.resolve(f.getFileName()));
            }
        }

        awaitCheck(id, run(laterDir));

        assertThat(inspections.gaps(id)).extracting(Gap::clueId, Gap::kind)
                .contains(org.assertj.core.groups.Tuple.tuple(region.overPrice, "REAPPEARED"));
        assertThat(inspections.flags(id)).extracting(SelfInspections.Flag::kind).contains("REAPPEARED_AFTER_CORRECTION");
    }

    @Test
    void comparesOnlySubmittedReportsWithLaterRuns() {
        long open = inspections.start(SmallRegion.H_KANGNING, JAN_1, MAR_31, "inst1");
        long submitted = inspections.start(SmallRegion.H_KANGNING, JAN_1, MAR_31, "inst1");
        answerAll(submitted, hit(submitted, "OVER_PRICE"), new BigDecimal("1.00"));
        inspections.submit(SmallRegion.H_KANGNING, submitted, null, "inst1");

        awaitCheck(submitted, run(dir));

        assertThat(inspections.checks(open)).isEmpty();
        assertThat(inspections.gaps(open)).isEmpty();
    }

    /** The comparison runs on the data-run worker right after the run is marked done. */
    private void awaitCheck(long id, DataRun run) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (inspections.checks(id).stream().noneMatch(c -> c.runId() == run.id())) {
            assertThat(System.nanoTime()).as("data run %d compared with report %d", run.id(), id).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private Hit hit(long id, String category) {
        return inspections.hits(id).stream().filter(h -> h.category().equals(category)).findFirst().orElseThrow();
    }

    /** Returns {@code returned} of the given hit, disputes the deceased-person visits and corrects the rest. */
    private void answerAll(long id, Hit returnedHit, BigDecimal returned) {
        for (Hit h : inspections.hits(id)) {
            if (h.leadId().equals(returnedHit.leadId())) {
                inspections.answer(SmallRegion.H_KANGNING, id, h.leadId(), Disposition.RETURNED, null, returned, "inst1");
            } else if (h.category().equals("DECEASED_CLAIM")) {
                inspections.answer(SmallRegion.H_KANGNING, id, h.leadId(), Disposition.DISPUTED,
                        "死亡登记日期有误，已提交公安户籍证明", null, "inst1");
            } else {
                inspections.answer(SmallRegion.H_KANGNING, id, h.leadId(), Disposition.CORRECTED, null, null, "inst1");
            }
        }
    }
}
