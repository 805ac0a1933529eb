package org.fundguard.platform.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fundguard.core.Money;
import org.fundguard.platform.security.Role;
import org.fundguard.platform.security.UserAccounts;
import org.fundguard.platform.web.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case pages: the list with its filters, a case with its timeline and the form of each step the
 * signed-in duty may take now (and none other), the documents and attachments. A refused step comes back
 * to the case page with the reason.
 */
@Controller
class CasePages {
    private final Cases cases;
    private final CaseReads reads;
    private final Investigation investigation;
    private final Review review;
    private final Deciding deciding;
    private final Execution execution;
    private final CaseDocuments documents;
    private final CaseMessages messages;
    private final UserAccounts accounts;

    CasePages(Cases cases, CaseReads reads, Investigation investigation, Review review, Deciding deciding, Execution execution,
            CaseDocuments documents, CaseMessages messages, UserAccounts accounts) {
        this.cases = cases;
        this.reads = reads;
        this.investigation = investigation;
        this.review = review;
        this.deciding = deciding;
        this.execution = execution;
        this.documents = documents;
        this.messages = messages;
        this.accounts = accounts;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) CaseState status, @RequestParam(required = false) String institution,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("cases", cases.search(new Cases.Filter(status, institution, from, to)));
        model.addAttribute("states", CaseState.values());
        model.addAttribute("status", status);
        model.addAttribute("institution", institution);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "cases/list";
    }

    @GetMapping("/cases/new")
    String newCase(Model model) {
        model.addAttribute("sources", List.of(CaseSource.REPORT, CaseSource.FLIGHT_INSPECTION));
        return "cases/new";
    }

    @PostMapping("/cases/new")
    String file(@RequestParam CaseSource source, @RequestParam String reference, @RequestParam String title,
            @RequestParam String institutionCode, @RequestParam(required = false) BigDecimal amount, Authentication auth,
            RedirectAttributes flash, Locale locale) {
        try {
            CaseFile c = cases.openFrom(source, reference, title, institutionCode, amount == null ? 0 : Execution.fen(amount),
                    auth.getName());
            flash.addFlashAttribute("notice", "saved");
            return "redirect:/cases/" + c.id();
        } catch (CaseRefusal r) {
            flash.addFlashAttribute("problem", messages.text(r, locale));
            return "redirect:/cases/new";
        }
    }

    @GetMapping("/cases/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String article,
            @RequestParam(required = false) Boolean fraud, @RequestParam(required = false) BigDecimal loss, Authentication auth,
            Model model) {
        CaseReads.CaseView view = reads.view(id, cases.today());
        CurrentUser me = CurrentUser.of(auth);
        model.addAttribute("v", view);
        model.addAttribute("c", view.file());
        model.addAttribute("can", CaseLifecycle.available(view.file().status(), me.role()).stream().map(Enum::name).toList());
        model.addAttribute("officerChoices", officerChoices());
        model.addAttribute("today", cases.today());
        if (view.file().status() == CaseState.DECIDING && me.role() == Role.DIRECTOR) {
            long lossFen = loss == null ? view.file().amountFen() : Execution.fen(loss);
            model.addAttribute("form", deciding.form(view.file(), article, lossFen, fraud != null && fraud, cases.today()));
        }
        return "cases/case";
    }

    private List<UserAccounts.Account> officerChoices() {
        List<UserAccounts.Account> out = new ArrayList<>(accounts.withRole(Role.INVESTIGATOR));
        out.addAll(accounts.withRole(Role.DIRECTOR));
        return out;
    }

    @PostMapping("/cases/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(name = "officer", required = false) List<String> officers, Authentication auth,
            RedirectAttributes flash, Locale locale) {
        return step(id, flash, locale, () -> investigation.assign(id, officers, me(auth)));
    }

    @PostMapping("/cases/{id}/tasks")
    String task(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, Authentication auth,
            RedirectAttributes flash, Locale locale) {
        return step(id, flash, locale, () -> investigation.addTask(id, title, assignee, dueOn, me(auth)));
    }

    @PostMapping("/cases/{id}/tasks/{taskId}/done")
    String taskDone(@PathVariable long id, @PathVariable long taskId, Authentication auth, RedirectAttributes flash, Locale locale) {
        return step(id, flash, locale, () -> investigation.completeTask(id, taskId, me(auth)));
    }

    @PostMapping("/cases/{id}/records")
    String record(@PathVariable long id, @RequestParam(required = false) Investigation.RecordKind kind,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startedAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endedAt,
            @RequestParam(required = false) String party, @RequestParam(required = false) String partyRole,
            @RequestParam(required = false) String content, @RequestParam(name = "officer", required = false) List<String> officers,
            @RequestParam(name = "attachment", required = false) List<MultipartFile> files, Authentication auth,
            RedirectAttributes flash, Locale locale) {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            try {
                uploads.add(new Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return step(id, flash, locale, () -> investigation.addRecord(id,
                new Investigation.RecordForm(kind, place, startedAt, endedAt, party, partyRole, content, officers), uploads, me(auth)));
    }

    @PostMapping("/cases/{id}/notice")
    String notice(@PathVariable long id, @RequestParam(required = false) String proposal,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(defaultValue = "false") boolean major, Authentication auth, RedirectAttributes flash, Locale locale) {
        return step(id, flash, locale, () -> investigation.issueNotice(id, proposal, issuedOn, major, me(auth)));
    }

    @PostMapping("/cases/{id}/statement")
    String statement(@PathVariable long id, @RequestParam(required = false) String content,
            @RequestParam(defaultValue = "false") boolean hearingRequested, Authentication auth, RedirectAttributes flash,
            Locale locale) {
        return step(id, flash, locale, () -> investigation.recordStatement(id, content, hearingRequested, me(auth)));
    }

    @PostMapping("/cases/{id}/submit")
    String submit(@PathVariable long id, Authentication auth, RedirectAttributes flash, Locale locale) {
        return step(id, flash, locale, () -> investigation.submit(id, me(auth)));
    }

    @PostMapping("/cases/{id}/review")
    String review(@PathVariable long id, @RequestParam(required = false) Review.Outcome outcome,
            @RequestParam(required = false) String opinion, Authentication auth, RedirectAttributes flash, Locale locale) {
        return step(id, flash, locale, () -> review.review(id, outcome, opinion, me(auth)));
    }

    @PostMapping("/cases/{id}/review-request")
    String requestReview(@PathVariable long id, @RequestParam(required = false) String reason, Authentication auth,
            RedirectAttributes flash, Locale locale) {
        return step(id, flash, locale, () -> review.requestReview(id, reason, me(auth)));
    }

    @PostMapping("/cases/{id}/discussion")
    String discussion(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String participants, @RequestParam(required = false) String conclusion,
            Authentication auth, RedirectAttributes flash, Locale locale) {
        return step(id, flash, locale, () -> review.discuss(id, heldOn, participants, conclusion, me(auth)));
    }

    @PostMapping("/cases/{id}/decision")
    String decide(@PathVariable long id, @RequestParam java.util.Map<String, String> form, Authentication auth,
            RedirectAttributes flash, Locale locale) {
        return step(id, flash, locale, () -> deciding.decide(id, Deciding.DecisionForm.from(form), me(auth)));
    }

    @PostMapping("/cases/{id}/instalments")
    String instalments(@PathVariable long id, @RequestParam(name = "dueOn", required = false) List<String> dueOn,
            @RequestParam(name = "amount", required = false) List<String> amounts, Authentication auth, RedirectAttributes flash,
            Locale locale) {
        List<Execution.PlannedInstalment> plan = new ArrayList<>();
        int n = Math.min(dueOn == null ? 0 : dueOn.size(), amounts == null ? 0 : amounts.size());
        for (int i = 0; i < n; i++) {
            if (!dueOn.get(i).isBlank() && !amounts.get(i).isBlank()) {
                plan.add(new Execution.PlannedInstalment(LocalDate.parse(dueOn.get(i)), new BigDecimal(amounts.get(i).trim())));
            }
        }
        return step(id, flash, locale, () -> execution.plan(id, plan, me(auth)));
    }

    @PostMapping("/cases/{id}/payments")
    String pay(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String reference, Authentication auth,
            RedirectAttributes flash, Locale locale) {
        return step(id, flash, locale, () -> execution.pay(id, paidOn, amount, reference, me(auth)));
    }

    @PostMapping("/cases/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String summary, Authentication auth, RedirectAttributes flash,
            Locale locale) {
        return step(id, flash, locale, () -> execution.close(id, summary, me(auth)));
    }

    @PostMapping("/cases/{id}/drop")
    String drop(@PathVariable long id, @RequestParam(required = false) String reason, Authentication auth, RedirectAttributes flash,
            Locale locale) {
        return step(id, flash, locale, () -> execution.drop(id, reason, me(auth)));
    }

    @PostMapping("/cases/{id}/publication")
    String publish(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String summary,
            Authentication auth, RedirectAttributes flash, Locale locale) {
        return step(id, flash, locale, () -> execution.publish(id, title, summary, me(auth)));
    }

    @GetMapping("/cases/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
        CaseDocuments.Stored d = documents.get(id, documentId).orElseThrow(() -> CaseRefusal.notFound(documentId));
        return download(d.document().filename(), MediaType.APPLICATION_PDF_VALUE, d.bytes());
    }

    @GetMapping("/cases/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        CaseReads.AttachmentFile f = reads.attachment(id, attachmentId).orElseThrow(() -> CaseRefusal.notFound(attachmentId));
        return download(f.filename(), f.contentType(), f.bytes());
    }

    static ResponseEntity<byte[]> download(String filename, String contentType, byte[] bytes) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                // an uploaded file is served as a download, never rendered in the platform's origin
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    private String step(long id, RedirectAttributes flash, Locale locale, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", "saved");
        } catch (CaseRefusal r) {
            if (r.kind() == CaseRefusal.Kind.NOT_FOUND || r.kind() == CaseRefusal.Kind.FORBIDDEN) {
                throw r;
            }
            flash.addFlashAttribute("problem", messages.text(r, locale));
        }
        return "redirect:/cases/" + id;
    }

    private static CurrentUser me(Authentication auth) {
        return CurrentUser.of(auth);
    }

    static String money(long fen) {
        return Money.format(fen);
    }
}
