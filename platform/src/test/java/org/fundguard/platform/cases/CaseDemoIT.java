package org.fundguard.platform.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fundguard.core.Category;
import org.fundguard.core.Lead;
import org.fundguard.core.SubjectType;
import org.fundguard.core.dataset.CsvTableWriter;
import org.fundguard.core.dataset.Rows;
import org.fundguard.core.dataset.Table;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.SmallRegion;
import org.fundguard.platform.TestRuns;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.auditlog.AuditLogVerifier;
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
 * {@code bin/fundguard demo}: once the region's leads are in the inbox, five of them become cases at five stages,
 * by the demo users through the services; a second start adds nothing. Its own context: it needs an empty case
 * register and the demo switch.
 */
@PlatformIT
@TestPropertySource(properties = "fundguard.demo=true")
@DirtiesContext
class CaseDemoIT {
    @Autowired RunService runs;
    @Autowired CaseDemo demo;
    @Autowired Cases cases;
    @Autowired CaseReads reads;
    @Autowired Execution execution;
    @Autowired AuditLog auditLog;
    @Autowired AuditLogVerifier verifier;
    @Autowired JdbcClient jdbc;

    @TempDir
    Path region;

    @Test
    void takesFiveCluesOfTheDemoRegionToFiveStagesAsTheDemoUsersAndOnlyOnce() {
        SmallRegion.writeTo(region, "demo");
        writeLeads(List.of(
                lead("Ld1", Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F003-0", SmallRegion.H_KANGNING, 0.95, 1_200_00),
                lead("Ld2", Category.EXCESSIVE_SERVICE, SubjectType.INSTITUTION, SmallRegion.H_PEOPLE, SmallRegion.H_PEOPLE, 0.9, 48_000_00),
                lead("Ld3", Category.DUPLICATE_CHARGE, SubjectType.FEE_DETAIL, "F004-1", SmallRegion.H_RENHE, 0.85, 300_00),
                lead("Ld4", Category.ITEM_SWAP, SubjectType.INSTITUTION, SmallRegion.PHARMACY, SmallRegion.PHARMACY, 0.8, 2_345_67),
                lead("Ld5", Category.UNBUNDLING, SubjectType.FEE_DETAIL, "F005-0", SmallRegion.H_PEOPLE, 0.75, 650_00),
                // not taken: fraud is not decided under Art.38, and 20 yuan is below the demo's floor
                lead("Ld6", Category.DECEASED_CLAIM, SubjectType.VISIT, "V001", SmallRegion.H_KANGNING, 1.0, 9_000_00),
                lead("Ld7", Category.OVER_PRICE, SubjectType.FEE_DETAIL, "F006-1", SmallRegion.H_RENHE, 0.99, 20_00)));

        DataRun run = TestRuns.awaitFinished(runs, runs.start("demo-region", region, RunMode.IMPORT, "system"));
        assertThat(run.status()).as(run.message()).isEqualTo("DONE");
        awaitCases(5);

        List<CaseFile> all = cases.search(new Cases.Filter(null, null, null, null));
        Map<CaseState, Long> byState = all.stream().collect(Collectors.groupingBy(CaseFile::status, Collectors.counting()));
        assertThat(byState).containsEntry(CaseState.INVESTIGATING, 1L).containsEntry(CaseState.LEGAL_REVIEW, 1L)
                .containsEntry(CaseState.EXECUTING, 2L).containsEntry(CaseState.CLOSED, 1L);
        // one case per institution as far as the region has them (four), then the next best clue
        assertThat(all.stream().map(CaseFile::institutionCode).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                SmallRegion.H_KANGNING, SmallRegion.H_PEOPLE, SmallRegion.H_RENHE, SmallRegion.PHARMACY);
        assertThat(jdbc.sql("select count(*) from cases c join clues l on l.id = c.clue_id where l.category = 'DECEASED_CLAIM' or l.amount_fen < 10000")
                .query(Long.class).single()).isZero();

        List<Recovery> executing = all.stream().filter(c -> c.status() == CaseState.EXECUTING)
                .map(c -> execution.recovery(c.id(), today())).toList();
        assertThat(executing).extracting(Recovery::paidFen).containsExactlyInAnyOrder(0L, paidOf(executing));
        assertThat(executing).allSatisfy(r -> assertThat(r.outstandingFen()).isPositive());
        CaseFile closed = all.stream().filter(c -> c.status() == CaseState.CLOSED).findFirst().orElseThrow();
        assertThat(reads.view(closed.id(), today()).publication()).isPresent();
        assertThat(execution.recovery(closed.id(), today()).outstandingFen()).isZero();

        // every fine inside its lawful range and the chosen level's sub-range
        List<long[]> fines = jdbc.sql("select value, lawful_min, lawful_max, level_min, level_max from case_sanctions where kind = 'FINE'")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}).list();
        assertThat(fines).hasSize(3).allSatisfy(f -> {
            assertThat(f[0]).isBetween(f[1], f[2]);
            assertThat(f[0]).isBetween(f[3], f[4]);
        });
        // the steps were taken by the demo users, each in their role, and the audit chain holds
        assertThat(auditLog.forTarget("case:" + closed.caseNo())).extracting(e -> e.actor()).contains("director", "investigator", "legal");
        assertThat(verifier.verify().intact()).isTrue();

        assertThat(demo.seed()).isZero();
        assertThat(jdbc.sql("select count(*) from cases").query(Long.class).single()).isEqualTo(5);
    }

    private static long paidOf(List<Recovery> executing) {
        return executing.stream().mapToLong(Recovery::paidFen).max().orElse(-1);
    }

    private static LocalDate today() {
        return PlatformIT.TODAY;
    }

    private void awaitCases(long n) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (jdbc.sql("select count(*) from cases where status <> 'FILED'").query(Long.class).single() < n
                || jdbc.sql("select count(*) from case_publications").query(Long.class).single() < 1) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the demo cases did not appear within 60 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private void writeLeads(List<Lead> leads) {
        try (CsvTableWriter w = CsvTableWriter.in(region, Table.LEADS)) {
            for (Lead l : leads) {
                w.write(Rows.of(l));
            }
        }
    }

    private static Lead lead(String id, Category category, SubjectType type, String subject, String institution, double score, long fen) {
        return new Lead(id, category, "RULE:DEMO-" + id, type, subject, institution, null, score, fen, List.of(), "示例线索" + id);
    }
}
