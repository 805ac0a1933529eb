package org.fundguard.platform.governance.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fundguard.core.Category;
import org.fundguard.platform.PlatformIT;
import org.fundguard.platform.governance.CaseRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics of March 2024 over known rows (clues received and verified in January to April, cases
 * decided and paid, reports received and rewards paid in January to April, draws and disclosures published in January to March), exported as .xlsx and PDF, read back with POI and
 * PDFBox, and every figure compared with what the rows give. 2024 is used by no other test.
 */
@PlatformIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsExportIT {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnforcementPanel panel;
    @Autowired
    MonthlyStatistics statistics;

    /** label → {month, year to date}; money in yuan. What the fixture below gives for 2024-03. */
    final Map<String, BigDecimal[]> expected = new LinkedHashMap<>();

    @BeforeAll
    void knownRows() {
        // received in January (year to date only)
        clue("STAT-01", "RULE", "OVER_PRICE", "2024-01-15 10:00", "NEW", null, null);
        clue("STAT-02", "RULE", "OVER_PRICE", "2024-01-16 10:00", "CONFIRMED", "2024-03-05 10:00", 123_456L);
        clue("STAT-03", "REPORT", "FAKE_ADMISSION", "2024-01-20 10:00", "NOT_ESTABLISHED", "2024-02-20 10:00", null);
        // received in March
        clue("STAT-04", "MODEL", "EXCESSIVE_SERVICE", "2024-03-02 10:00", "NEW", null, null);
        clue("STAT-05", "MODEL", "EXCESSIVE_SERVICE", "2024-03-03 10:00", "NEW", null, null);
        clue("STAT-06", "MODEL", "EXCESSIVE_SERVICE", "2024-03-04 10:00", "CASE_OPENED", "2024-03-20 10:00", 50_000L);
        clue("STAT-07", "REPORT", "DRUG_RESALE", "2024-03-06 10:00", "NEW", null, null);
        clue("STAT-08", "MEDIA", "OVER_PRICE", "2024-03-07 10:00", "NEW", null, null);
        clue("STAT-09", "FLIGHT_INSPECTION", "ITEM_SWAP", "2024-03-08 10:00", "NEW", null, null);
        // a duplicate merged into another is the same matter: not counted
        clue("STAT-10", "RULE", "OVER_PRICE", "2024-03-09 10:00", "MERGED", null, null);
        // April: after the month
        clue("STAT-11", "RULE", "OVER_PRICE", "2024-04-02 10:00", "CONFIRMED", "2024-04-03 10:00", 999_999L);

        draw("2024-01-10 10:00", 2, "STAT-J");
        draw("2024-03-15 10:00", 3, "STAT-M");
        disclosure("2024-02-10 10:00", false);
        disclosure("2024-03-11 10:00", false);
        disclosure("2024-03-12 10:00", true);

        // case handling: a decision in January, one in March; payments in February and March
        CaseRows cases = new CaseRows(jdbc);
        long a = cases.caseOf("STAT-CASE-A", "STAT-02", "H-STAT");
        long da = cases.decision(a, "2024-01-20", 50_000, "第三十八条");
        cases.sanction(da, a, "INTERVIEW", 0);
        cases.sanction(da, a, "FINE", 10_000);
        cases.sanction(da, a, "RETURN_LOSS", 50_000);
        cases.due(a, "RECOVERY", 50_000);
        cases.due(a, "FINE", 10_000);
        cases.payment(a, "2024-02-01", 30_000);
        cases.payment(a, "2024-03-05", 30_000);   // 20,000 completes the loss, 10,000 pays the fine
        long b = cases.caseOf("STAT-CASE-B", "STAT-06", "H-STAT");
        long db = cases.decision(b, "2024-03-10", 80_000, "P");
        for (String kind : new String[] {"INTERVIEW", "SUSPEND_AGREEMENT", "TERMINATE_AGREEMENT", "REFER_POLICE", "REFER_DISCIPLINE"}) {
            cases.sanction(db, b, kind, 0);
        }
        cases.sanction(db, b, "LIQUIDATED_DAMAGES", 20_000);
        cases.sanction(db, b, "RETURN_LOSS", 80_000);
        cases.due(b, "RECOVERY", 80_000);
        cases.payment(b, "2024-03-20", 80_000);
        cases.payment(b, "2024-04-20", 5_000);
        cases.publication(b, "STAT 案件曝光", "案情", "2024-03-25 10:00");

        // the report register: one report in January, one in March and its merged duplicate; a reward paid in March
        report("JB-STAT-1", 900_001, "2024-01-08", "ACCEPTED", null);
        report("JB-STAT-2", 900_002, "2024-03-09", "ACCEPTED", null);
        report("JB-STAT-3", 900_003, "2024-03-10", "MERGED", "JB-STAT-2");
        reward("JB-STAT-1", 50_000, "PAID", "2024-03-18");
        reward("JB-STAT-2", 70_000, "APPROVED", null);

        expect("约谈定点医药机构", 1, 2);
        expect("暂停医保协议", 1, 1);
        expect("解除医保协议", 1, 1);
        expect("行政处罚", 0, 1);        // a fine under the agreement alone ("P") is no administrative penalty
        expect("移交司法机关", 1, 1);
        expect("移交纪检监察机关", 1, 1);
        money("追回医保基金", "1000.00", "1300.00");
        money("罚款", "200.00", "300.00");
        expect("受理线索合计", 6, 9);
        expect("智能监控模型", 3, 3);
        expect("智能监控规则", 0, 2);
        expect("举报投诉", 1, 2);
        expect("飞行检查", 1, 1);
        expect("上级交办", 0, 0);
        expect("媒体曝光", 1, 1);
        expect(Category.FAKE_ADMISSION.label(), 0, 1);
        expect(Category.OVER_PRICE.label(), 1, 3);
        expect(Category.DRUG_RESALE.label(), 1, 1);
        expect(Category.ITEM_SWAP.label(), 1, 1);
        expect(Category.EXCESSIVE_SERVICE.label(), 3, 3);
        expect("核查办结", 2, 3);
        expect("核查属实", 2, 2);
        money("查实违规金额", "1734.56", "1734.56");
        expect("受理举报", 1, 2);
        expect("兑现举报奖励", 1, 1);
        money("举报奖励金额", "500.00", "500.00");
        expect("公开双随机抽查", 1, 2);
        expect("抽查定点医药机构", 3, 5);
        expect("曝光典型案例", 2, 3);
    }

    @Test
    void theExcelWorkbookCarriesEveryFigureOfTheMonthAndTheYearToDate() throws Exception {
        byte[] xlsx = mvc.perform(get("/governance/statistics/export.xlsx?month=2024-03").with(user("legal").roles("LEGAL")))
                .andReturn().getResponse().getContentAsByteArray();

        Map<String, BigDecimal[]> found = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("医保基金工作情况统计表").contains("2024年3月");
            for (int r = StatisticsXlsx.FIRST_LINE_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(1) == null) {
                    continue;
                }
                found.put(row.getCell(1).getStringCellValue(), new BigDecimal[] {
                    BigDecimal.valueOf(row.getCell(3).getNumericCellValue()),
                    BigDecimal.valueOf(row.getCell(4).getNumericCellValue())});
            }
        }
        assertThat(found.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((label, v) -> {
            assertThat(found.get(label)[0]).as(label + " 本月").isEqualByComparingTo(v[0]);
            assertThat(found.get(label)[1]).as(label + " 本年累计").isEqualByComparingTo(v[1]);
        });
    }

    @Test
    void thePdfPrintsEveryFigureBesideItsLineInChinese() throws Exception {
        var response = mvc.perform(get("/governance/statistics/export.pdf?month=2024-03").with(user("director").roles("DIRECTOR")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");

        String text;
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("医保基金工作情况统计表").contains("2024年1-3月").contains("举报奖励按实际兑付日期统计");
        expected.forEach((label, v) -> {
            boolean money = v[0].scale() > 0 || label.contains("金额") || label.equals("追回医保基金") || label.equals("罚款");
            String month = money ? v[0].setScale(2).toPlainString() : v[0].toPlainString();
            String ytd = money ? v[1].setScale(2).toPlainString() : v[1].toPlainString();
            assertThat(Pattern.compile(Pattern.quote(label) + " \\S+ " + Pattern.quote(month) + " " + Pattern.quote(ytd))
                    .matcher(text).find()).as(label + " " + month + " " + ytd + " in: " + text).isTrue();
        });
    }

    @Test
    void thePageAndTheApiShowTheSameFigures() throws Exception {
        String json = mvc.perform(get("/api/v1/governance/statistics?month=2024-03").with(user("analyst").roles("ANALYST")))
                .andReturn().getResponse().getContentAsString();
        var report = org.fundguard.platform.governance.GovernanceFixtures.json(json);
        Map<String, long[]> lines = new LinkedHashMap<>();
        report.get("sections").forEach(s -> s.get("lines").forEach(l ->
                lines.put(l.get("label").asString(), new long[] {l.get("month").asLong(), l.get("yearToDate").asLong()})));
        assertThat(lines.get("受理线索合计")).containsExactly(6, 9);
        assertThat(lines.get("查实违规金额")).containsExactly(173_456, 173_456);

        String html = mvc.perform(get("/governance/statistics?month=2024-03").with(user("analyst").roles("ANALYST")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("chart-enforcement").contains("1734.56").contains("受理线索合计");
    }

    @Test
    void refusesAMonthThatIsNotOne() throws Exception {
        var r = mvc.perform(get("/governance/statistics/export.xlsx?month=March").with(user("analyst").roles("ANALYST")))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString()).contains("YYYY-MM");
    }

    private void money(String label, String month, String ytd) {
        expected.put(label, new BigDecimal[] {new BigDecimal(month), new BigDecimal(ytd)});
    }

    private void expect(String label, long month, long ytd) {
        expected.put(label, new BigDecimal[] {BigDecimal.valueOf(month), BigDecimal.valueOf(ytd)});
    }

    private void clue(String id, String source, String category, String created, String status, String verified, Long confirmedFen) {
        jdbc.sql("""
                insert into clues (id, source_kind, source, category, fixmedins_code, amount_fen, confirmed_fen, status,
                                   verified_at, verified_by, created_by, created_at)
                values (?,?,?,?,'H-STAT',100000,?,?,cast(? as timestamptz),?,'test',cast(? as timestamptz))""")
                .params(id, source, "test:" + source, category, confirmedFen, status, verified, verified == null ? null : "investigator",
                        created).update();
    }

    private void report(String id, long seq, String receivedOn, String status, String mergedInto) {
        jdbc.sql("""
                insert into reports (id, seq, query_code, password_hash, actor, behaviours, subject, description, anonymous,
                                     insider, wants_reward, status, merged_into, received_at, received_on)
                values (?, ?, ?, 'x', 'INSTITUTION', 'b', '某医院', '举报内容', true, false, true, ?, ?,
                        cast(? as timestamptz), cast(? as date))""")
                .params(id, seq, "q-" + id, status, mergedInto, receivedOn + " 10:00", receivedOn).update();
    }

    private void reward(String reportId, long fen, String status, String paidOn) {
        jdbc.sql("""
                insert into report_rewards (report_id, policy, verified_fen, insider, grade, against_individual, eligible,
                                            reward_fen, steps, status, assessed_by, assessed_at, paid_on)
                values (?, 'p', 0, false, 1, false, true, ?, 's', ?, 'director', now(), cast(? as date))""")
                .params(reportId, fen, status, paidOn).update();
    }

    private void draw(String publishedAt, int targets, String prefix) {
        long id = jdbc.sql("""
                insert into draws (title, draw_year, seed, snapshot_sha256, inspectors_per_target, status, created_by, published_by,
                                   published_at) values ('stat', 2024, 's', 'h', 2, 'PUBLISHED', 'director', 'director',
                                   cast(? as timestamptz)) returning id""").param(publishedAt).query(Long.class).single();
        for (int t = 0; t < targets; t++) {
            for (int i = 0; i < 2; i++) {
                jdbc.sql("insert into draw_assignments values (?,?,?)").params(id, prefix + "-T" + t, prefix + "-I" + i).update();
            }
        }
    }

    private void disclosure(String publishedAt, boolean withdrawn) {
        jdbc.sql("""
                insert into disclosures (title, category, year, summary, published_by, published_at, withdrawn)
                values ('stat', 'OVER_PRICE', 2024, 's', 'director', cast(? as timestamptz), ?)""")
                .params(publishedAt, withdrawn).update();
    }

    @Test
    void dashboardShowsThisMonthsEnforcementFiguresAsTheStatisticsTableHasThem() throws Exception {
        EnforcementPanel.Figures now = panel.current();
        MonthlyReport report = statistics.report(java.time.YearMonth.parse(now.month()));

        String page = mvc.perform(get("/dashboard").with(user("director").roles("DIRECTOR"))).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"dash-enforcement\"").contains("/governance/statistics?month=" + now.month());
        assertThat(now.lines()).extracting(MonthlyReport.Line::key).contains("enf.interviews", "enf.recovered", "enf.fined");
        for (MonthlyReport.Line l : now.lines()) {
            MonthlyReport.Line reported = report.line(l.key());
            String row = page.substring(page.indexOf("id=\"dash-" + l.key() + "\""));
            row = row.substring(0, row.indexOf("</tr>"));
            assertThat(row).as(l.key()).contains(">" + reported.monthText() + "<").contains(">" + reported.yearToDateText() + "<");
        }
        assertThat(mvc.perform(get("/dashboard").with(user("intake").roles("INTAKE"))).andReturn().getResponse().getStatus())
                .as("the dashboard is not the intake clerk's").isEqualTo(403);
    }
}
