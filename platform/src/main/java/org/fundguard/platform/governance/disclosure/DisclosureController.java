package org.fundguard.platform.governance.disclosure;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fundguard.core.Category;
import org.fundguard.core.Money;
import org.fundguard.platform.governance.GovernanceApi;
import org.fundguard.platform.governance.GovernanceException;
import org.fundguard.platform.governance.GovernancePages;
import org.fundguard.platform.governance.PersonalData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The director's publish form and list, and the public 曝光台 (filter by category and year). */
@Controller
class DisclosureController implements GovernancePages {
    private final Disclosures disclosures;
    private final DisclosureService service;
    private final Clock clock;

    DisclosureController(Disclosures disclosures, DisclosureService service, Clock clock) {
        this.disclosures = disclosures;
        this.service = service;
        this.clock = clock;
    }

    @GetMapping("/governance/disclosures")
    String manage(@RequestParam(required = false) String clue, Model model) {
        model.addAttribute("all", disclosures.all());
        model.addAttribute("categories", Category.values());
        model.addAttribute("year", LocalDate.now(clock).getYear());
        if (clue != null && !clue.isBlank()) {
            Map<String, Object> c = disclosures.clue(clue.strip())
                    .orElseThrow(() -> GovernanceException.notFound("没有线索 " + clue + " (no such clue)"));
            model.addAttribute("fromClue", c);
            model.addAttribute("clueAmount", Money.format(((Number) c.get("fen")).longValue()));
            model.addAttribute("clueSummary", PersonalData.scrub(String.valueOf(c.get("explanation")))
                    + (c.get("verdict_reason") == null ? "" : " 核查结论：" + PersonalData.scrub(String.valueOf(c.get("verdict_reason")))));
        }
        return "governance/disclosures";
    }

    @PostMapping("/governance/disclosures")
    String publish(@RequestParam String title, @RequestParam String category, @RequestParam int year,
            @RequestParam(defaultValue = "") String institutionCode, @RequestParam(defaultValue = "") String institutionName,
            @RequestParam(defaultValue = "") String personName, @RequestParam(defaultValue = "") String personCertno,
            @RequestParam String summary, @RequestParam(defaultValue = "") String measures,
            @RequestParam(defaultValue = "0") String amount, @RequestParam(defaultValue = "") String sourceRef,
            Principal who, RedirectAttributes redirect) {
        long fen;
        try {
            fen = Money.parseFen(amount.strip().isEmpty() ? "0" : amount.strip());
        } catch (NumberFormatException e) {
            throw GovernanceException.invalid("金额须为元，最多两位小数 (amount in yuan, two decimals at most): " + amount);
        }
        service.publish(new DisclosureService.Draft(title, category, year, institutionCode, institutionName, personName,
                personCertno, summary, measures, fen, sourceRef), who.getName());
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/governance/disclosures";
    }

    @PostMapping("/governance/disclosures/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Principal who,
            RedirectAttributes redirect) {
        service.withdraw(id, reason, who.getName());
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/governance/disclosures";
    }

    @GetMapping("/open/disclosures")
    String board(@RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
            Model model) {
        model.addAttribute("items", disclosures.published(category, year));
        model.addAttribute("categories", disclosures.categories().stream().map(Category::of)
                .filter(java.util.Objects::nonNull).toList());
        model.addAttribute("years", disclosures.years());
        model.addAttribute("category", category);
        model.addAttribute("year", year);
        return "governance/open-disclosures";
    }

    @RestController
    static class Api implements GovernanceApi {
        private final Disclosures disclosures;

        Api(Disclosures disclosures) {
            this.disclosures = disclosures;
        }

        @GetMapping("/api/v1/open/disclosures")
        List<Disclosure> published(@RequestParam(required = false) String category,
                @RequestParam(required = false) Integer year) {
            return disclosures.published(category, year);
        }
    }
}
