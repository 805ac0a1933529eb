package org.fundguard.platform.governance.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.platform.governance.GovernanceApi;
import org.fundguard.platform.governance.GovernanceException;
import org.fundguard.platform.governance.GovernancePages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 医保基金工作情况统计表: the page with its charts and the .xlsx and PDF exports. */
@Controller
class StatisticsController implements GovernancePages {
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MonthlyStatistics statistics;
    private final StatisticsPdf pdf;
    private final Clock clock;

    StatisticsController(MonthlyStatistics statistics, StatisticsPdf pdf, Clock clock) {
        this.statistics = statistics;
        this.pdf = pdf;
        this.clock = clock;
    }

    static YearMonth month(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(clock);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw GovernanceException.invalid("月份格式须为 YYYY-MM (month must be YYYY-MM), got " + text);
        }
    }

    @GetMapping("/governance/statistics")
    String page(@RequestParam(required = false) String month, Model model) {
        MonthlyReport report = statistics.report(month(month, clock));
        model.addAttribute("report", report);
        model.addAttribute("charts", charts(report));
        return "governance/statistics";
    }

    @GetMapping("/governance/statistics/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String month) throws IOException {
        MonthlyReport report = statistics.report(month(month, clock));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatisticsXlsx.write(report, out);
        return download("fund-statistics-" + report.month() + ".xlsx", XLSX, out.toByteArray());
    }

    @GetMapping("/governance/statistics/export.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String month) throws IOException {
        MonthlyReport report = statistics.report(month(month, clock));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(report, out);
        return download("fund-statistics-" + report.month() + ".pdf", MediaType.APPLICATION_PDF, out.toByteArray());
    }

    private static ResponseEntity<byte[]> download(String name, MediaType type, byte[] body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(type).body(body);
    }

    /** The chart series, as plain lists for ECharts. */
    static Map<String, Object> charts(MonthlyReport r) {
        Map<String, Object> c = new LinkedHashMap<>();
        List<String> enfLabels = new ArrayList<>();
        List<Long> enfMonth = new ArrayList<>();
        List<Long> enfYear = new ArrayList<>();
        List<Map<String, Object>> sources = new ArrayList<>();
        List<String> catLabels = new ArrayList<>();
        List<Long> catYear = new ArrayList<>();
        for (MonthlyReport.Section s : r.sections()) {
            for (MonthlyReport.Line l : s.lines()) {
                switch (s.key()) {
                    case "enforcement" -> {
                        if (l.kind() == MonthlyReport.Kind.COUNT) {
                            enfLabels.add(l.label());
                            enfMonth.add(l.month());
                            enfYear.add(l.yearToDate());
                        }
                    }
                    case "sources" -> {
                        if (!l.key().equals("clues.total")) {
                            sources.add(Map.of("name", l.label(), "value", l.yearToDate()));
                        }
                    }
                    case "categories" -> {
                        catLabels.add(l.label());
                        catYear.add(l.yearToDate());
                    }
                    default -> {
                    }
                }
            }
        }
        c.put("enforcementLabels", enfLabels);
        c.put("enforcementMonth", enfMonth);
        c.put("enforcementYear", enfYear);
        c.put("sources", sources);
        c.put("categoryLabels", catLabels);
        c.put("categoryYear", catYear);
        c.put("trendMonths", r.trend().stream().map(MonthlyReport.TrendPoint::month).toList());
        c.put("trendReceived", r.trend().stream().map(MonthlyReport.TrendPoint::received).toList());
        c.put("trendConfirmed", r.trend().stream().map(MonthlyReport.TrendPoint::confirmed).toList());
        return c;
    }

    @RestController
    static class Api implements GovernanceApi {
        private final MonthlyStatistics statistics;
        private final Clock clock;

        Api(MonthlyStatistics statistics, Clock clock) {
            this.statistics = statistics;
            this.clock = clock;
        }

        @GetMapping("/api/v1/governance/statistics")
        MonthlyReport report(@RequestParam(required = false) String month) {
            return statistics.report(month(month, clock));
        }
    }
}
