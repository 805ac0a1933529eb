package org.fundguard.platform.governance.credit;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.governance.inspections.DrawRatios;
import org.fundguard.platform.governance.GovernanceApi;
import org.fundguard.platform.governance.GovernancePages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Credit ratings: the run in force, its grades and their effect on the draw, a subject's history, a new run. */
@Controller
class CreditController implements GovernancePages {
    private final CreditRatingStore store;
    private final CreditRatingService service;
    private final Clock clock;

    CreditController(CreditRatingStore store, CreditRatingService service, Clock clock) {
        this.store = store;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/governance/credit")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String subject, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        model.addAttribute("defaultFirst", thisYear - 2);
        model.addAttribute("defaultLast", thisYear);
        model.addAttribute("runs", store.runs());
        model.addAttribute("grades", CreditGrade.values());
        model.addAttribute("ratios", DrawRatios.defaults());
        store.latestRun().ifPresent(run -> {
            int y = year != null ? year : run.lastYear();
            model.addAttribute("run", run);
            model.addAttribute("year", y);
            model.addAttribute("ratings", store.ratings(run.id(), y));
            model.addAttribute("counts", store.gradeCounts(run.id(), y));
        });
        if (kind != null && subject != null && !subject.isBlank()) {
            model.addAttribute("historyOf", kind + ":" + subject);
            model.addAttribute("history", store.history(kind, subject.strip()));
        }
        return "governance/credit";
    }

    @PostMapping("/governance/credit/runs")
    String rate(@RequestParam int firstYear, @RequestParam int lastYear, Principal who, RedirectAttributes redirect) {
        long id = service.rate(firstYear, lastYear, who.getName());
        redirect.addFlashAttribute("ratedRun", id);
        return "redirect:/governance/credit";
    }

    @RestController
    static class Api implements GovernanceApi {
        private final CreditRatingStore store;
        private final CreditRatingService service;

        Api(CreditRatingStore store, CreditRatingService service) {
            this.store = store;
            this.service = service;
        }

        record Ratings(Long runId, Integer year, List<CreditRatingStore.Rating> ratings) {
        }

        record RunRequest(int firstYear, int lastYear) {
        }

        @GetMapping("/api/v1/governance/credit")
        Ratings latest(@RequestParam(required = false) Integer year) {
            return store.latestRun().map(r -> {
                int y = year != null ? year : r.lastYear();
                return new Ratings(r.id(), y, store.ratings(r.id(), y));
            }).orElse(new Ratings(null, null, List.of()));
        }

        @PostMapping("/api/v1/governance/credit/runs")
        Map<String, Long> rate(@RequestBody RunRequest request, Principal who) {
            return Map.of("runId", service.rate(request.firstYear(), request.lastYear(), who.getName()));
        }
    }
}
