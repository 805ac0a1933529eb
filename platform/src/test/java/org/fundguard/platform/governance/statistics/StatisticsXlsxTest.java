package org.fundguard.platform.governance.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fundguard.platform.governance.statistics.MonthlyReport.Kind;
import org.fundguard.platform.governance.statistics.MonthlyReport.Line;
import org.fundguard.platform.governance.statistics.MonthlyReport.Section;
import org.junit.jupiter.api.Test;

/** The workbook writes each line's own figures, money as yuan to the cent, with the notes after the table. */
class StatisticsXlsxTest {

    @Test
    void writesEveryLineWithItsMonthAndYearToDateFigures() throws Exception {
        // Shandong's January-November 2021 figures (seed 003) as the year to date of a November report
        MonthlyReport report = new MonthlyReport(YearMonth.of(2021, 11), List.of(new Section("enforcement", "执法处理", List.of(
                new Line("enf.interviews", "约谈定点医药机构", "家", Kind.COUNT, 3_911, 43_278),
                new Line("enf.suspensions", "暂停医保协议", "家", Kind.COUNT, 120, 1_373),
                new Line("enf.terminations", "解除医保协议", "家", Kind.COUNT, 57, 631),
                new Line("enf.penalties", "行政处罚", "家", Kind.COUNT, 33, 367),
                new Line("enf.judicial", "移交司法机关", "起", Kind.COUNT, 1, 5),
                new Line("enf.discipline", "移交纪检监察机关", "起", Kind.COUNT, 2, 29),
                new Line("enf.recovered", "追回医保基金", "元", Kind.MONEY, 8_765_432_101L, 95_800_000_000L),
                new Line("enf.fined", "罚款", "元", Kind.MONEY, 1, 64_060_000L)))),
                List.of("测试说明"), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        StatisticsXlsx.write(report, out);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2021年11月");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).contains("2021年1-11月");
            List<Line> lines = report.sections().get(0).lines();
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.getRow(StatisticsXlsx.FIRST_LINE_ROW + i);
                Line l = lines.get(i);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(l.label());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(l.unit());
                BigDecimal month = BigDecimal.valueOf(row.getCell(3).getNumericCellValue());
                BigDecimal ytd = BigDecimal.valueOf(row.getCell(4).getNumericCellValue());
                if (l.kind() == Kind.MONEY) {
                    assertThat(month.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualTo(l.monthYuan());
                    assertThat(ytd.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualTo(l.yearToDateYuan());
                    assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                } else {
                    assertThat(month.longValueExact()).isEqualTo(l.month());
                    assertThat(ytd.longValueExact()).isEqualTo(l.yearToDate());
                }
            }
            assertThat(sheet.getRow(StatisticsXlsx.FIRST_LINE_ROW + lines.size() + 1).getCell(0).getStringCellValue())
                    .isEqualTo("注: 测试说明");
        }
    }
}
