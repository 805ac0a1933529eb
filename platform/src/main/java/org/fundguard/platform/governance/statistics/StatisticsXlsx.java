package org.fundguard.platform.governance.statistics;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly statistics as an .xlsx workbook: one sheet, one row per line, columns 项目 / 单位 /
 * 本月 / 本年累计; money in yuan with two decimals. Notes (figures not yet available) follow the table.
 */
final class StatisticsXlsx {
    static final int FIRST_LINE_ROW = 3;

    private StatisticsXlsx() {
    }

    static void write(MonthlyReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(report.month().toString());
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle title = wb.createCellStyle();
            title.setFont(bold);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle count = wb.createCellStyle();
            count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));

            Row r0 = sheet.createRow(0);
            cell(r0, 0, "医保基金工作情况统计表 " + report.monthLabel(), title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
            Row r2 = sheet.createRow(2);
            String[] heads = {"类别", "项目", "单位", "本月 " + report.monthLabel(), "本年累计 " + report.yearToDateLabel()};
            for (int i = 0; i < heads.length; i++) {
                cell(r2, i, heads[i], header);
            }
            int rowIndex = FIRST_LINE_ROW;
            for (MonthlyReport.Section s : report.sections()) {
                for (MonthlyReport.Line l : s.lines()) {
                    Row row = sheet.createRow(rowIndex++);
                    cell(row, 0, s.title(), null);
                    cell(row, 1, l.label(), null);
                    cell(row, 2, l.unit(), null);
                    if (l.kind() == MonthlyReport.Kind.MONEY) {
                        // .xlsx stores every number as an IEEE double; yuan with two decimals stay exact when
                        // shown with the 0.00 format up to 10^13 yuan, and the money itself is fen everywhere else
                        number(row, 3, l.monthYuan().doubleValue(), money);
                        number(row, 4, l.yearToDateYuan().doubleValue(), money);
                    } else {
                        number(row, 3, l.month(), count);
                        number(row, 4, l.yearToDate(), count);
                    }
                }
            }
            rowIndex++;
            for (String note : report.notes()) {
                cell(sheet.createRow(rowIndex++), 0, "注: " + note, null);
            }
            sheet.setColumnWidth(0, 18 * 256);
            sheet.setColumnWidth(1, 30 * 256);
            sheet.setColumnWidth(2, 8 * 256);
            sheet.setColumnWidth(3, 20 * 256);
            sheet.setColumnWidth(4, 22 * 256);
            wb.write(out);
        }
    }

    private static void cell(Row row, int col, String text, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(text);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static void number(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }
}
