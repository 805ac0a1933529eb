package org.fundguard.platform.institutions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The institution's own pages (定点医药机构端): its code is always the login's, never a request parameter. */
@Controller
class InstitutionPortalController {
    private final InstitutionAccounts accounts;
    private final SelfInspectionService inspections;
    private final InstitutionNotices notices;
    private final Commitments commitments;
    private final Clock clock;

    InstitutionPortalController(InstitutionAccounts accounts, SelfInspectionService inspections, InstitutionNotices notices,
            Commitments commitments, Clock clock) {
        this.accounts = accounts;
        this.inspections = inspections;
        this.notices = notices;
        this.commitments = commitments;
        this.clock = clock;
    }

    @GetMapping("/institution")
    String home(Authentication auth, Model model) {
        String code = accounts.requireCode(auth);
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("code", code);
        model.addAttribute("name", accounts.nameOf(code));
        model.addAttribute("inspections", inspections.ofInstitution(code));
        model.addAttribute("notices", notices.ofInstitution(code));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("year", year);
        model.addAttribute("signature", commitments.of(code, year).orElse(null));
        return "institution/home";
    }

    @PostMapping("/institution/self-inspections")
    String start(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Authentication auth, RedirectAttributes flash) {
        String code = accounts.requireCode(auth);
        try {
            long id = inspections.start(code, from, to, auth.getName());
            return "redirect:/institution/self-inspections/" + id;
        } catch (InstitutionException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/institution";
        }
    }

    @GetMapping("/institution/self-inspections/{id}")
    String inspection(@PathVariable long id, Authentication auth, Model model) {
        SelfInspection report = inspections.own(accounts.requireCode(auth), id);
        model.addAttribute("report", report);
        addDetail(model, inspections, report);
        model.addAttribute("dispositions", Disposition.values());
        return "institution/self-inspection";
    }

    /** The hits with the rows behind them, for the institution's page and the agency's. */
    static void addDetail(Model model, SelfInspectionService inspections, SelfInspection report) {
        List<Hit> hits = inspections.hits(report.id());
        Map<String, OwnDataScreening.EvidenceRow> rows = inspections.rows(report.id()).stream()
                .collect(Collectors.toMap(OwnDataScreening.EvidenceRow::ref, Function.identity(), (a, b) -> a));
        model.addAttribute("hits", hits);
        model.addAttribute("rows", rows);
        model.addAttribute("answered", hits.stream().filter(h -> h.disposition() != null).count());
    }

    @PostMapping("/institution/self-inspections/{id}/hits/{leadId}")
    String answer(@PathVariable long id, @PathVariable String leadId, @RequestParam(required = false) Disposition disposition,
            @RequestParam(required = false) String reason, @RequestParam(required = false) BigDecimal returned,
            Authentication auth, RedirectAttributes flash) {
        try {
            inspections.answer(accounts.requireCode(auth), id, leadId, disposition, reason, returned, auth.getName());
            flash.addFlashAttribute("notice", "saved");
        } catch (InstitutionException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/institution/self-inspections/" + id + "#hit-" + leadId;
    }

    @PostMapping("/institution/self-inspections/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) String summary, Authentication auth,
            RedirectAttributes flash) {
        try {
            inspections.submit(accounts.requireCode(auth), id, summary, auth.getName());
            flash.addFlashAttribute("notice", "institutions.submitted");
        } catch (InstitutionException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/institution/self-inspections/" + id;
    }

    @GetMapping("/institution/notices/{id}")
    String notice(@PathVariable long id, Authentication auth, Model model) {
        String code = accounts.requireCode(auth);
        model.addAttribute("notice", notices.open(code, id, auth.getName()));
        model.addAttribute("statements", notices.statementsOf(id));
        model.addAttribute("kinds", InstitutionNotices.StatementKind.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "institution/notice";
    }

    @PostMapping("/institution/notices/{id}/statements")
    String statement(@PathVariable long id, @RequestParam(required = false) InstitutionNotices.StatementKind kind,
            @RequestParam(required = false) String body,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication auth,
            RedirectAttributes flash) {
        String code = accounts.requireCode(auth);
        try {
            List<InstitutionNotices.Upload> uploads = new ArrayList<>();
            for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
                if (!f.isEmpty()) {
                    uploads.add(new InstitutionNotices.Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes()));
                }
            }
            notices.answer(code, id, kind, body, uploads, LocalDate.now(clock), auth.getName());
            flash.addFlashAttribute("notice", "institutions.statementFiled");
        } catch (InstitutionException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/institution/notices/" + id;
    }

    @GetMapping("/institution/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long fileId, Authentication auth) {
        String code = accounts.requireCode(auth);
        InstitutionNotices.File f = notices.file(fileId).orElseThrow(() -> new InstitutionException(
                InstitutionException.Kind.NOT_FOUND, "no file " + fileId));
        if (!f.institutionCode().equals(code)) {
            throw new AccessDeniedException("file " + fileId + " belongs to another institution");
        }
        return download(f);
    }

    static ResponseEntity<byte[]> download(InstitutionNotices.File f) {
        // always a download, never rendered in the page's origin: an uploaded HTML file must not run as ours
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.info().filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(f.content());
    }

    @GetMapping("/institution/commitment")
    String commitment(Authentication auth, Model model) {
        String code = accounts.requireCode(auth);
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("code", code);
        model.addAttribute("name", accounts.nameOf(code));
        model.addAttribute("year", year);
        model.addAttribute("text", commitments.current());
        model.addAttribute("signature", commitments.of(code, year).orElse(null));
        return "institution/commitment";
    }

    @PostMapping("/institution/commitment")
    String sign(@RequestParam(defaultValue = "0") int version, @RequestParam(required = false) String signer,
            Authentication auth, RedirectAttributes flash) {
        String code = accounts.requireCode(auth);
        try {
            commitments.sign(code, LocalDate.now(clock).getYear(), version, signer, auth.getName());
            flash.addFlashAttribute("notice", "institutions.signed");
        } catch (InstitutionException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/institution/commitment";
    }
}
