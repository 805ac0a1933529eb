package org.fundguard.platform.governance.draws;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fundguard.governance.credit.CreditGrade;
import org.fundguard.governance.inspections.Directory;
import org.fundguard.governance.inspections.DrawRatios;
import org.fundguard.governance.inspections.InspectionTarget;
import org.fundguard.governance.inspections.RandomDraw;
import org.fundguard.platform.governance.GovernanceApi;
import org.fundguard.platform.governance.GovernancePages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's side of the draw: prepare (strata and ratios), draw, check, publish, record outcomes. */
@Controller
class DrawController implements GovernancePages {
    private final DrawService service;
    private final Clock clock;

    DrawController(DrawService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/governance/draws")
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = year != null ? year : LocalDate.now(clock).getYear();
        Directory directory = service.directoryFor(y);
        Map<CreditGrade, Long> population = new EnumMap<>(CreditGrade.class);
        for (CreditGrade g : CreditGrade.values()) {
            population.put(g, 0L);
        }
        for (InspectionTarget t : directory.targets()) {
            population.merge(t.creditGrade(), 1L, Long::sum);
        }
        DrawRatios defaults = DrawRatios.defaults();
        Map<String, Integer> ratios = new LinkedHashMap<>();
        for (CreditGrade g : CreditGrade.values()) {
            ratios.put(g.name(), defaults.permille(g));
        }
        model.addAttribute("year", y);
        model.addAttribute("population", population);
        model.addAttribute("ratios", ratios);
        model.addAttribute("inspectorCount", directory.inspectors().size());
        model.addAttribute("minimumInspectors", RandomDraw.MINIMUM_INSPECTORS);
        model.addAttribute("draws", service.list(false));
        return "governance/draws";
    }

    @PostMapping("/governance/draws")
    String draw(@RequestParam String title, @RequestParam int year, @RequestParam String seed,
            @RequestParam int ratioA, @RequestParam int ratioB, @RequestParam int ratioC, @RequestParam int ratioD,
            @RequestParam(defaultValue = "2") int inspectorsPerTarget, Principal who) {
        Map<CreditGrade, Integer> ratios = new EnumMap<>(CreditGrade.class);
        ratios.put(CreditGrade.A, ratioA);
        ratios.put(CreditGrade.B, ratioB);
        ratios.put(CreditGrade.C, ratioC);
        ratios.put(CreditGrade.D, ratioD);
        long id = service.draw(new DrawService.Request(title, year, seed, ratios, inspectorsPerTarget), who.getName());
        return "redirect:/governance/draws/" + id;
    }

    @GetMapping("/governance/draws/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("draw", service.find(id));
        return "governance/draw";
    }

    @GetMapping("/governance/draws/{id}/verify")
    String verify(@PathVariable long id, Model model) {
        model.addAttribute("v", service.verify(id));
        model.addAttribute("internal", true);
        return "governance/draw-verify";
    }

    @PostMapping("/governance/draws/{id}/publish")
    String publish(@PathVariable long id, Principal who, RedirectAttributes redirect) {
        service.publish(id, who.getName());
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/governance/draws/" + id;
    }

    @PostMapping("/governance/draws/{id}/outcomes")
    String outcome(@PathVariable long id, @RequestParam String target, @RequestParam String outcome,
            @RequestParam(defaultValue = "") String detail, Principal who, RedirectAttributes redirect) {
        service.recordOutcome(id, target, outcome, detail, who.getName());
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/governance/draws/" + id;
    }

    @RestController
    static class Api implements GovernanceApi {
        private final DrawService service;

        Api(DrawService service) {
            this.service = service;
        }

        record DrawRequest(String title, int year, String seed, Map<CreditGrade, Integer> ratiosPermille,
                Integer inspectorsPerTarget) {
        }

        @GetMapping("/api/v1/governance/draws")
        List<DrawRecord> list() {
            return service.list(false);
        }

        @GetMapping("/api/v1/governance/draws/{id}")
        DrawRecord show(@PathVariable long id) {
            return service.find(id);
        }

        @PostMapping("/api/v1/governance/draws")
        DrawRecord draw(@RequestBody DrawRequest r, Principal who) {
            long id = service.draw(new DrawService.Request(r.title(), r.year(), r.seed(),
                    r.ratiosPermille() == null ? Map.of() : r.ratiosPermille(),
                    r.inspectorsPerTarget() == null ? RandomDraw.MINIMUM_INSPECTORS : r.inspectorsPerTarget()), who.getName());
            return service.find(id);
        }

        @PostMapping("/api/v1/governance/draws/{id}/publication")
        DrawRecord publish(@PathVariable long id, Principal who) {
            service.publish(id, who.getName());
            return service.find(id);
        }
    }
}
