package org.fundguard.platform.clues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fundguard.core.Category;
import org.fundguard.core.Money;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.evidence.Evidence;
import org.fundguard.platform.evidence.EvidenceStore;
import org.fundguard.platform.security.Role;
import org.fundguard.platform.security.UserAccounts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clue inbox (线索池) and the lead detail page with its evidence and the actions on it. */
@Controller
class InboxController {
    private static final int MAX_FEE_LINES = 300;

    private final ClueService clues;
    private final EvidenceStore evidence;
    private final UserAccounts accounts;
    private final AuditLog auditLog;
    private final CaseFiling cases;
    private final Precision precision;

    InboxController(ClueService clues, EvidenceStore evidence, UserAccounts accounts, AuditLog auditLog, CaseFiling cases,
            Precision precision) {
        this.clues = clues;
        this.evidence = evidence;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.cases = cases;
        this.precision = precision;
    }

    @ModelAttribute("categories")
    Category[] categories() {
        return Category.values();
    }

    @GetMapping("/leads")
    String inbox(@ModelAttribute("filter") InboxFilter filter, Model model) {
        model.addAttribute("page", clues.search(filter));
        model.addAttribute("statuses", ClueStatus.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        model.addAttribute("investigators", accounts.withRole(Role.INVESTIGATOR));
        return "inbox";
    }

    @GetMapping("/leads/{id}")
    String detail(@PathVariable String id, Model model) {
        Clue c = clues.get(id);
        model.addAttribute("clue", c);
        Long run = c.lastRunId();
        List<Evidence.VisitRow> timeline = List.of();
        List<Evidence.FeeLineRow> lines = List.of();
        List<Evidence.InstitutionRow> peers = List.of();
        Evidence.PersonRow person = null;
        Evidence.InstitutionRow institution = null;
        if (run != null) {
            if (c.psnNo() != null) {
                person = evidence.person(run, c.psnNo()).orElse(null);
                timeline = evidence.timeline(run, c.psnNo());
            }
            Set<String> lineIds = new LinkedHashSet<>(c.evidenceIds("fee_details"));
            Set<String> visitIds = new LinkedHashSet<>(c.evidenceIds("visits"));
            if ("FEE_DETAIL".equals(c.subjectType())) {
                lineIds.add(c.subjectId());
            } else if ("VISIT".equals(c.subjectType())) {
                visitIds.add(c.subjectId());
            }
            lines = evidence.feeLines(run, lineIds, visitIds, MAX_FEE_LINES);
            if (c.institutionCode() != null) {
                institution = evidence.institution(run, c.institutionCode()).orElse(null);
                peers = new ArrayList<>(evidence.peers(run, c.institutionCode(), 20));
                if (institution != null && peers.stream().noneMatch(p -> p.code().equals(c.institutionCode()))) {
                    peers.add(institution);
                }
            }
            model.addAttribute("evidenceLineIds", lineIds);
            model.addAttribute("evidenceVisitIds", visitIds);
        }
        model.addAttribute("person", person);
        model.addAttribute("timeline", timeline);
        model.addAttribute("lines", lines);
        model.addAttribute("institution", institution);
        model.addAttribute("peerChart", peerChart(peers, c.institutionCode()));
        model.addAttribute("timelineChart", timelineChart(timeline, c));
        model.addAttribute("history", auditLog.forTarget("clue:" + id));
        model.addAttribute("duplicates", c.status().open() ? clues.possibleDuplicates(c) : List.of());
        model.addAttribute("merged", clues.mergedInto(id));
        model.addAttribute("investigators", accounts.withRole(Role.INVESTIGATOR));
        model.addAttribute("caseNo", cases.caseNoOf(id).orElse(null));
        model.addAttribute("verdicts", Verdict.values());
        return "lead";
    }

    @GetMapping("/leads/new")
    String newClue(Model model) {
        model.addAttribute("sourceKinds", java.util.Arrays.stream(SourceKind.values()).filter(SourceKind::manual).toList());
        return "lead-new";
    }

    @PostMapping("/leads/new")
    String register(@RequestParam SourceKind kind, @RequestParam String category,
            @RequestParam(required = false) String institutionCode, @RequestParam(required = false) String psnNo,
            @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String reference,
            @RequestParam String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
            Authentication auth, RedirectAttributes flash) {
        try {
            String id = clues.register(new ClueService.ManualClue(kind, category, institutionCode, psnNo, amount,
                    reference, description, occurredOn), auth.getName());
            flash.addFlashAttribute("notice", "registered");
            return "redirect:/leads/" + id;
        } catch (ClueException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/leads/new";
        }
    }

    @PostMapping("/leads/{id}/assign")
    String assign(@PathVariable String id, @RequestParam String investigator, Authentication auth,
            RedirectAttributes flash) {
        return act(id, flash, () -> clues.assign(id, investigator, auth.getName()));
    }

    @PostMapping("/leads/{id}/verify")
    String verify(@PathVariable String id, @RequestParam(required = false) Verdict verdict,
            @RequestParam(required = false) String reason, @RequestParam(required = false) BigDecimal confirmedAmount,
            Authentication auth, RedirectAttributes flash) {
        return act(id, flash, () -> clues.verify(id, verdict, reason, confirmedAmount, auth.getName()));
    }

    @PostMapping("/leads/{id}/merge")
    String merge(@PathVariable String id, @RequestParam(name = "duplicate", required = false) List<String> duplicates,
            Authentication auth, RedirectAttributes flash) {
        return act(id, flash, () -> clues.merge(id, duplicates, auth.getName()));
    }

    @PostMapping("/leads/{id}/case")
    String openCase(@PathVariable String id, Authentication auth, RedirectAttributes flash) {
        return act(id, flash, () -> flash.addFlashAttribute("caseOpened", clues.openCase(id, auth.getName())));
    }

    @GetMapping("/precision")
    String precision(Model model) {
        model.addAttribute("rows", precision.bySource());
        return "precision";
    }

    private static String act(String id, RedirectAttributes flash, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", "saved");
        } catch (ClueException e) {
            if (e.kind() == ClueException.Kind.NOT_FOUND) {
                throw e;
            }
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/leads/" + id;
    }

    /** Fee per visit of the institution and its peers (same type and level), the institution marked. */
    static Map<String, Object> peerChart(List<Evidence.InstitutionRow> peers, String focus) {
        List<String> names = new ArrayList<>();
        List<Map<String, Object>> values = new ArrayList<>();
        for (Evidence.InstitutionRow p : peers) {
            names.add(p.name());
            long perVisit = p.visits() == 0 ? 0 : p.medfeeFen() / p.visits();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("value", Money.toYuan(perVisit));
            v.put("focus", p.code().equals(focus));
            values.add(v);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("names", names);
        chart.put("values", values);
        return chart;
    }

    /** The person's visits over time with the fund payment, the visits named in the evidence marked. */
    static Map<String, Object> timelineChart(List<Evidence.VisitRow> timeline, Clue c) {
        Set<String> named = new LinkedHashSet<>(c.evidenceIds("visits"));
        if ("VISIT".equals(c.subjectType())) {
            named.add(c.subjectId());
        }
        List<List<Object>> points = new ArrayList<>();
        for (Evidence.VisitRow v : timeline) {
            points.add(List.of(v.begin().toString().replace('T', ' '), Money.toYuan(v.fundPayFen()), v.mdtrtId(),
                    v.institutionCode(), v.medType(), named.contains(v.mdtrtId())));
        }
        return Map.of("points", points);
    }
}
