package org.fundguard.platform.governance.statistics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.fundguard.core.Money;

/**
 * 医保基金工作情况统计表 for one month: each line with the month's figure and the year to date
 * (January to the month, inclusive), as the provincial bulletins report them (seed 003: 1-11月).
 */
public record MonthlyReport(YearMonth month, List<Section> sections, List<String> notes, List<TrendPoint> trend) {
    public MonthlyReport {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
        trend = List.copyOf(trend);
    }

    public enum Kind { COUNT, MONEY }

    public record Section(String key, String title, List<Line> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** A row; MONEY figures are fen. */
    public record Line(String key, String label, String unit, Kind kind, long month, long yearToDate) {
        public String monthText() {
            return kind == Kind.MONEY ? Money.format(month) : Long.toString(month);
        }

        public String yearToDateText() {
            return kind == Kind.MONEY ? Money.format(yearToDate) : Long.toString(yearToDate);
        }

        public BigDecimal monthYuan() {
            return Money.toYuan(month);
        }

        public BigDecimal yearToDateYuan() {
            return Money.toYuan(yearToDate);
        }
    }

    /** Clues received and confirmed per month of the year, for the trend chart. */
    public record TrendPoint(String month, long received, long confirmed, long confirmedFen) {
    }

    public Line line(String key) {
        for (Section s : sections) {
            for (Line l : s.lines()) {
                if (l.key().equals(key)) {
                    return l;
                }
            }
        }
        throw new IllegalArgumentException("no line " + key);
    }

    public String yearToDateLabel() {
        return month.getYear() + "年1-" + month.getMonthValue() + "月";
    }

    public String monthLabel() {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}
