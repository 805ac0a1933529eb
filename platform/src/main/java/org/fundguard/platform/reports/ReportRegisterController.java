package org.fundguard.platform.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.reporting.confidentiality.AttachmentUnreadableException;
import org.fundguard.reporting.confidentiality.ReporterIdentity;
import org.fundguard.reporting.deadlines.Deadline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officers' side: the register with its deadlines, a report's page and the handling actions on it. */
@Controller
class ReportRegisterController {
    private static final Logger log = LoggerFactory.getLogger(ReportRegisterController.class);

    private final ReportService service;
    private final ReportViews views;
    private final ReportMessages messages;
    private final ReportsProperties properties;
    private final AuditLog auditLog;

    ReportRegisterController(ReportService service, ReportViews views, ReportMessages messages, ReportsProperties properties,
            AuditLog auditLog) {
        this.auditLog = auditLog;
        this.service = service;
        this.views = views;
        this.messages = messages;
        this.properties = properties;
    }

    /** The register; {@code due=DUE_SOON|OVERDUE} (the dashboard's links) keeps the reports with such a deadline. */
    @GetMapping("/reports/register")
    String register(@RequestParam(required = false) String due, Model model) {
        List<ReportViews.Row> rows = service.recent().stream().map(views::row).toList();
        Deadline.Status filter = "DUE_SOON".equals(due) ? Deadline.Status.DUE_SOON : "OVERDUE".equals(due) ? Deadline.Status.OVERDUE : null;
        if (filter != null) {
            rows = rows.stream().filter(r -> r.deadlines().list().stream().anyMatch(d -> d.status() == filter)).toList();
        }
        model.addAttribute("rows", rows);
        model.addAttribute("due", filter == null ? null : filter.name());
        model.addAttribute("warnings", rows.stream().filter(ReportViews.Row::warns).toList());
        return "reports/register";
    }

    @GetMapping("/reports/{id}")
    String detail(@PathVariable String id, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        model.addAttribute("v", views.forOfficer(service.get(id)));
        model.addAttribute("policies", service.policies().names().stream().map(n -> service.policies().require(n)).toList());
        model.addAttribute("defaultPolicy", properties.rewardPolicy());
        model.addAttribute("history", auditLog.forTarget("report:" + id));
        return "reports/report";
    }

    @PostMapping("/reports/{id}/accept")
    String accept(@PathVariable String id, @RequestParam(required = false) String category,
            @RequestParam(required = false) String institutionCode, @RequestParam(required = false) String psnNo,
            @RequestParam(required = false) String clueId, Authentication auth, RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, () -> service.accept(id, category, institutionCode, psnNo, clueId, auth.getName()));
    }

    @PostMapping("/reports/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(required = false) String reason, Authentication auth,
            RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, () -> service.reject(id, reason, auth.getName()));
    }

    @PostMapping("/reports/{id}/transfer")
    String transfer(@PathVariable String id, @RequestParam(required = false) String transferTo,
            @RequestParam(required = false) String transferReason, Authentication auth, RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, () -> service.transfer(id, transferTo, transferReason, auth.getName()));
    }

    @PostMapping("/reports/{id}/merge")
    String merge(@PathVariable String id, @RequestParam(required = false) String primary, Authentication auth,
            RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, () -> service.merge(id, primary, auth.getName()));
    }

    @PostMapping("/reports/{id}/filing")
    String filing(@PathVariable String id, @RequestParam(required = false) String decision, Authentication auth,
            RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, () -> service.filing(id, decision, auth.getName()));
    }

    @PostMapping("/reports/{id}/notify")
    String notify(@PathVariable String id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String note, Authentication auth,
            RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, () -> service.notify(id, kind, channel, note, auth.getName()));
    }

    @PostMapping("/reports/{id}/reward")
    String reward(@PathVariable String id, @RequestParam(required = false) String policy,
            @RequestParam(required = false) String verifiedAmount, @RequestParam(defaultValue = "false") boolean verified,
            @RequestParam(defaultValue = "0") int grade, @RequestParam(defaultValue = "false") boolean insider,
            @RequestParam(defaultValue = "false") boolean againstIndividual,
            @RequestParam(defaultValue = "false") boolean clearTargetAndEvidence,
            @RequestParam(defaultValue = "false") boolean factsAlreadyKnown,
            @RequestParam(defaultValue = "false") boolean reporterIdentifiable,
            @RequestParam(defaultValue = "false") boolean reporterIsAgencyStaff,
            @RequestParam(defaultValue = "false") boolean reporterIsOffender, Authentication auth, RedirectAttributes flash,
            Locale locale) {
        return act(id, flash, locale, () -> service.assessReward(id, new ReportService.RewardForm(policy, verifiedAmount, verified,
                grade, insider, againstIndividual, clearTargetAndEvidence, factsAlreadyKnown, reporterIdentifiable,
                reporterIsAgencyStaff, reporterIsOffender), auth.getName()));
    }

    @PostMapping("/reports/{id}/reward/decision")
    String decide(@PathVariable String id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String decisionNote, Authentication auth, RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, () -> service.decideReward(id, "APPROVE".equals(decision), decisionNote, auth.getName()));
    }

    @PostMapping("/reports/{id}/reward/payment")
    String pay(@PathVariable String id, @RequestParam(required = false) String paymentRef, Authentication auth,
            RedirectAttributes flash, Locale locale) {
        return act(id, flash, locale, () -> service.payReward(id, paymentRef, auth.getName()));
    }

    /** The explicit reveal: a page of its own, never cached, shown once per request with a logged reason. */
    @PostMapping("/reports/{id}/reveal")
    String reveal(@PathVariable String id, @RequestParam(required = false) String reason, Authentication auth, Model model,
            HttpServletResponse response, RedirectAttributes flash, Locale locale) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        try {
            ReporterIdentity identity = service.reveal(id, reason, auth.getName());
            model.addAttribute("reportId", id);
            model.addAttribute("identity", identity);
            return "reports/reveal";
        } catch (ReportProblem p) {
            if (p.kind() == ReportProblem.Kind.NOT_FOUND) {
                throw p;
            }
            flash.addFlashAttribute("problem", messages.text(p, locale));
            return "redirect:/reports/" + id;
        }
    }

    /**
     * An attachment, decrypted as it is sent (each 64 KiB segment checked before release). The look is in the audit
     * log. A file altered on disk stops the transfer short of its Content-Length, so the client sees it incomplete.
     */
    @GetMapping("/reports/{id}/attachments/{n}")
    void attachment(@PathVariable String id, @PathVariable long n, Authentication auth, HttpServletResponse response)
            throws IOException {
        ReportService.OpenedAttachment opened = service.openAttachment(id, n, auth.getName());
        Reports.Attachment a = opened.attachment();
        try (InputStream in = opened.content()) {
            response.setContentType(a.mediaType());
            response.setContentLengthLong(a.sizeBytes());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(id + "-" + a.id() + extension(a.mediaType())).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            in.transferTo(response.getOutputStream());
        } catch (AttachmentUnreadableException e) {
            log.error("attachment {} of report {} failed its integrity check while sent: {}", a.id(), id, e.getMessage());
            throw e;
        }
    }

    /** The register as CSV: numbers, dates, states and amounts; no identity, not even masked. */
    @GetMapping("/reports/export.csv")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reports.csv\"");
        try (Writer w = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write("report_id,received_on,actor,categories,institution_code,status,named,insider,amount,clue_id,acceptance_on,filing_on,notified_on,deadline_warnings\n");
            for (Report r : service.recent()) {
                ReportService.Deadlines d = service.deadlines(r);
                String warn = String.join("; ", d.list().stream().filter(x -> x.warns()).map(x -> x.rule().id() + " " + x.status()).toList());
                w.write(String.join(",", csv(r.id()), csv(String.valueOf(r.receivedOn())), csv(r.actor()), csv(r.categories()),
                        csv(r.institutionCode()), csv(r.status().name()), r.named() ? "yes" : "no", r.insider() ? "yes" : "no",
                        csv(r.amount()), csv(r.clueId()), csv(str(r.acceptanceOn())), csv(str(r.filingOn())),
                        csv(str(r.notifiedOn())), csv(warn)));
                w.write('\n');
            }
        }
    }

    private String act(String id, RedirectAttributes flash, Locale locale, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", "saved");
        } catch (ReportProblem p) {
            if (p.kind() == ReportProblem.Kind.NOT_FOUND) {
                throw p;
            }
            flash.addFlashAttribute("problem", messages.text(p, locale));
        }
        return "redirect:/reports/" + id;
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "video/mp4" -> ".mp4";
            case "audio/mpeg" -> ".mp3";
            case "audio/wav" -> ".wav";
            default -> "";
        };
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so that a spreadsheet does not run it as a formula. */
    static String csv(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String v = "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
