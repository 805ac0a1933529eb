package org.fundguard.platform.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fundguard.reporting.taxonomy.Actor;
import org.fundguard.reporting.taxonomy.Behaviour;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public side (no login): the report form, the page that shows the query code once, and the query page.
 * Pages that show a password or a report's state are never cached.
 */
@Controller
class PublicReportController {
    private final ReportService service;
    private final ReportsConfiguration.ReportLimits limits;
    private final ReportsProperties properties;
    private final ReportMessages messages;
    private final ReportViews views;

    PublicReportController(ReportService service, ReportsConfiguration.ReportLimits limits, ReportsProperties properties,
            ReportMessages messages, ReportViews views) {
        this.service = service;
        this.limits = limits;
        this.properties = properties;
        this.messages = messages;
        this.views = views;
    }

    @GetMapping("/report")
    String form(Model model) {
        return form(model, empty(), Map.of());
    }

    @PostMapping("/report")
    String submit(@RequestParam(required = false) String actor,
            @RequestParam(name = "behaviour", required = false) List<String> behaviours,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String description,
            @RequestParam(required = false) String occurredFrom, @RequestParam(required = false) String occurredTo,
            @RequestParam(required = false) String amount, @RequestParam(defaultValue = "anonymous") String mode,
            @RequestParam(required = false) String name, @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String contact,
            @RequestParam(defaultValue = "false") boolean insider, @RequestParam(defaultValue = "false") boolean wantsReward,
            @RequestParam(defaultValue = "false") boolean privacyAccepted, @RequestParam(required = false) String password,
            @RequestParam(required = false) String passwordRepeat, @RequestParam(required = false) String challengeToken,
            @RequestParam(required = false) String challengeAnswer,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        noStore(response);
        Submission s = new Submission(actor, behaviours, subject, description, occurredFrom, occurredTo, amount,
                "named".equals(mode), name, idNumber, phone, contact, insider, wantsReward, privacyAccepted, password,
                passwordRepeat, challengeToken, challengeAnswer, attachments);
        String address = request.getRemoteAddr();
        if (!limits.submits().tryAcquire(address)) {
            response.setStatus(429);
            return form(model, withoutSecrets(s), Map.of("", List.of(messages.text("reports.error.tooMany", locale,
                    limits.submits().perHour(), Math.max(1, limits.submits().minutesUntilNext(address))))));
        }
        try {
            ReportService.Receipt receipt = service.submit(s);
            model.addAttribute("receipt", receipt);
            return "reports/submitted";
        } catch (ReportProblem p) {
            response.setStatus(p.httpStatus());
            return form(model, withoutSecrets(s), messages.byField(p, locale));
        }
    }

    @GetMapping("/report/status")
    String statusForm(HttpServletResponse response) {
        noStore(response);
        return "reports/status";
    }

    @PostMapping("/report/status")
    String status(@RequestParam(required = false) String queryCode, @RequestParam(required = false) String password,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        noStore(response);
        String address = request.getRemoteAddr();
        if (!limits.statusChecks().tryAcquire(address)) {
            response.setStatus(429);
            model.addAttribute("problem", messages.text("reports.error.tooMany", locale, limits.statusChecks().perHour(),
                    Math.max(1, limits.statusChecks().minutesUntilNext(address))));
            return "reports/status";
        }
        ReportService.Followed found = service.follow(queryCode, password, limits.queryLockout());
        if (found.report().isEmpty()) {
            model.addAttribute("queryCode", queryCode);
            if (found.minutesLocked() > 0) {
                response.setStatus(429);
                model.addAttribute("problem", messages.text("reports.error.queryLocked", locale,
                        limits.queryLockout().maxFailures(), found.minutesLocked()));
            } else {
                response.setStatus(404);
                model.addAttribute("problem", messages.text("reports.error.statusNotFound", locale));
            }
            return "reports/status";
        }
        model.addAttribute("view", views.forReporter(found.report().get()));
        return "reports/status";
    }

    /** The subject search of the form: institutions of the loaded data runs by name or code. */
    @GetMapping("/report/institutions")
    @ResponseBody
    List<Reports.Institution> institutions(@RequestParam(required = false) String q, HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        return service.searchInstitutions(q);
    }

    private String form(Model model, Submission s, Map<String, List<String>> errors) {
        model.addAttribute("actors", service.taxonomy().actors());
        model.addAttribute("behaviours", behavioursByActor());
        model.addAttribute("form", s);
        model.addAttribute("errors", errors);
        model.addAttribute("challenge", service.newChallenge());
        model.addAttribute("attachmentTypes", service.attachmentLabels());
        model.addAttribute("maxAttachments", properties.maxAttachments());
        model.addAttribute("maxAttachmentMb", properties.maxAttachmentSize().toMegabytes());
        return "reports/form";
    }

    private Map<Actor, List<Behaviour>> behavioursByActor() {
        Map<Actor, List<Behaviour>> out = new java.util.LinkedHashMap<>();
        for (Actor a : service.taxonomy().actors()) {
            out.put(a, service.taxonomy().behavioursOf(a));
        }
        return out;
    }

    private static Submission empty() {
        return new Submission(null, List.of(), "", "", "", "", "", false, null, null, null, null, false, true, false, null,
                null, null, null, List.of());
    }

    /** The form comes back with what was typed, except the identity and the password: they are typed again. */
    private static Submission withoutSecrets(Submission s) {
        return new Submission(s.actor(), s.behaviours(), s.subject(), s.description(), s.occurredFrom(), s.occurredTo(),
                s.amount(), s.named(), null, null, null, null, s.insider(), s.wantsReward(), s.privacyAccepted(), null, null,
                null, null, List.of());
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
    }
}
