package org.fundguard.platform.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.Money;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The director's and analysts' view (ECharts): clues by category and status, money, institutions, trend. */
@Controller
class DashboardController {
    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/dashboard")
    String page(Model model) {
        Dashboard.Figures f = dashboard.figures();
        model.addAttribute("figures", f);
        model.addAttribute("atStake", Money.format(f.amounts().atStakeFen()));
        model.addAttribute("confirmed", Money.format(f.amounts().confirmedFen()));
        model.addAttribute("charts", charts(f));
        return "dashboard";
    }

    @GetMapping("/api/v1/dashboard")
    @ResponseBody
    Dashboard.Figures api() {
        return dashboard.figures();
    }

    /** Chart series, in yuan, shaped for the page's ECharts options. */
    static Map<String, Object> charts(Dashboard.Figures f) {
        Set<String> categories = new LinkedHashSet<>();
        Set<String> statuses = new LinkedHashSet<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Dashboard.CategoryStatus c : f.byCategoryAndStatus()) {
            categories.add(c.category());
            statuses.add(c.status());
            labels.put(c.category(), c.label());
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (String s : statuses) {
            List<Long> data = new ArrayList<>();
            for (String c : categories) {
                data.add(f.byCategoryAndStatus().stream().filter(x -> x.category().equals(c) && x.status().equals(s))
                        .mapToLong(Dashboard.CategoryStatus::clues).sum());
            }
            series.add(Map.of("status", s, "data", data));
        }
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("categories", categories.stream().map(labels::get).toList());
        charts.put("statusSeries", series);
        charts.put("institutions", f.topInstitutions().stream().map(Dashboard.Institution::name).toList());
        charts.put("institutionStake", f.topInstitutions().stream().map(i -> Money.toYuan(i.atStakeFen())).toList());
        charts.put("institutionConfirmed", f.topInstitutions().stream().map(i -> Money.toYuan(i.confirmedFen())).toList());
        charts.put("months", f.months().stream().map(Dashboard.Month::month).toList());
        charts.put("monthClues", f.months().stream().map(Dashboard.Month::clues).toList());
        charts.put("monthStake", f.months().stream().map(m -> Money.toYuan(m.atStakeFen())).toList());
        charts.put("monthConfirmed", f.months().stream().map(m -> Money.toYuan(m.confirmedFen())).toList());
        charts.put("stake", Money.toYuan(f.amounts().atStakeFen()));
        charts.put("confirmed", Money.toYuan(f.amounts().confirmedFen()));
        return charts;
    }
}
