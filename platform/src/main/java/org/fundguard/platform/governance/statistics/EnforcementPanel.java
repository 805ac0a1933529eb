package org.fundguard.platform.governance.statistics;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The dashboard's view of the 医保基金工作情况统计表: this month's enforcement lines (约谈, 暂停, 解除,
 * 行政处罚, 移送, 追回, 罚款) with the year to date, from the same {@link MonthlyStatistics} the exports use,
 * so the figures a director glances at are the ones that are reported.
 */
@Component("governanceEnforcementPanel")
public class EnforcementPanel {
    private final MonthlyStatistics statistics;
    private final Clock clock;

    EnforcementPanel(MonthlyStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    public Figures current() {
        YearMonth month = YearMonth.now(clock);
        MonthlyReport report = statistics.report(month);
        for (MonthlyReport.Section s : report.sections()) {
            if (s.key().equals("enforcement")) {
                return new Figures(month.toString(), report.yearToDateLabel(), s.lines());
            }
        }
        throw new IllegalStateException("the monthly report has no enforcement section");
    }

    /** Lines as the statistics table has them; counts and money are charted apart (different units). */
    public record Figures(String month, String yearToDate, List<MonthlyReport.Line> lines) {
        public List<MonthlyReport.Line> counts() {
            return lines.stream().filter(l -> l.kind() == MonthlyReport.Kind.COUNT).toList();
        }

        public List<MonthlyReport.Line> money() {
            return lines.stream().filter(l -> l.kind() == MonthlyReport.Kind.MONEY).toList();
        }

        public List<String> countLabels() {
            return counts().stream().map(MonthlyReport.Line::label).toList();
        }

        public List<Long> countsYearToDate() {
            return counts().stream().map(MonthlyReport.Line::yearToDate).toList();
        }

        public List<Long> countsMonth() {
            return counts().stream().map(MonthlyReport.Line::month).toList();
        }
    }
}
