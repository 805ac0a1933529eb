package org.fundguard.platform.institutions;

import java.time.Clock;
import java.time.LocalDate;
import org.fundguard.platform.auditlog.AuditLog;
import org.fundguard.platform.security.Role;
import org.fundguard.platform.security.UserAccounts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's side: submitted self-inspection reports and their gaps, notices and answers, institution logins. */
@Controller
class AgencyInstitutionsController {
    private final SelfInspectionService inspections;
    private final InstitutionNotices notices;
    private final Commitments commitments;
    private final InstitutionAccounts accounts;
    private final UserAccounts users;
    private final PasswordEncoder encoder;
    private final AuditLog auditLog;
    private final TransactionTemplate tx;
    private final Clock clock;

    AgencyInstitutionsController(SelfInspectionService inspections, InstitutionNotices notices, Commitments commitments,
            InstitutionAccounts accounts, UserAccounts users, PasswordEncoder encoder, AuditLog auditLog,
            TransactionTemplate tx, Clock clock) {
        this.tx = tx;
        this.inspections = inspections;
        this.notices = notices;
        this.commitments = commitments;
        this.accounts = accounts;
        this.users = users;
        this.encoder = encoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping("/institutions")
    String overview(Model model) {
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("reports", inspections.submitted());
        model.addAttribute("year", year);
        model.addAttribute("signatures", commitments.ofYear(year));
        return "institution/agency-reports";
    }

    @GetMapping("/institutions/self-inspections/{id}")
    String report(@PathVariable long id, Model model) {
        SelfInspection report = inspections.get(id);
        if (!report.submitted()) {
            throw new InstitutionException(InstitutionException.Kind.NOT_FOUND,
                    "self-inspection " + id + " is not submitted yet: the agency sees submitted reports");
        }
        model.addAttribute("report", report);
        InstitutionPortalController.addDetail(model, inspections, report);
        model.addAttribute("gaps", inspections.gaps(id));
        model.addAttribute("flags", inspections.flags(id));
        model.addAttribute("checks", inspections.checks(id));
        return "institution/agency-report";
    }

    @GetMapping("/institutions/notices")
    String notices(Model model) {
        model.addAttribute("notices", notices.all());
        model.addAttribute("kinds", InstitutionNotices.Kind.values());
        return "institution/agency-notices";
    }

    @GetMapping("/institutions/notices/{id}")
    String notice(@PathVariable long id, Model model) {
        model.addAttribute("notice", notices.get(id));
        model.addAttribute("statements", notices.statementsOf(id));
        return "institution/agency-notice";
    }

    /** Sends a notice by hand; case handling sends its own through {@link InstitutionNotices#send}. */
    @PostMapping("/institutions/notices")
    String send(@RequestParam(required = false) String institution, @RequestParam(required = false) String caseNo,
            @RequestParam(required = false) InstitutionNotices.Kind kind, @RequestParam(required = false) String title,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            Authentication auth, RedirectAttributes flash) {
        try {
            long id = notices.send(institution, caseNo, kind, title, body, null, deadline, auth.getName());
            flash.addFlashAttribute("notice", "saved");
            return "redirect:/institutions/notices/" + id;
        } catch (InstitutionException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/institutions/notices";
        }
    }

    @GetMapping("/institutions/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long fileId) {
        return InstitutionPortalController.download(notices.file(fileId).orElseThrow(() -> new InstitutionException(
                InstitutionException.Kind.NOT_FOUND, "no file " + fileId)));
    }

    @GetMapping("/admin/institutions")
    String logins(Model model) {
        model.addAttribute("bindings", accounts.all());
        return "institution/admin-logins";
    }

    /** Creates an institution login bound to its code (the password is given once, by the administrator). */
    @PostMapping("/admin/institutions")
    String createLogin(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String code, @RequestParam(required = false) String password,
            Authentication auth, RedirectAttributes flash) {
        if (blank(username) || blank(code) || password == null || password.length() < 10) {
            flash.addFlashAttribute("problem", "a login needs a user name, the institution code and a password of at least 10 characters");
            return "redirect:/admin/institutions";
        }
        if (users.find(username.trim()).isPresent()) {
            flash.addFlashAttribute("problem", "the user name " + username.trim() + " is taken");
            return "redirect:/admin/institutions";
        }
        String hash = encoder.encode(password);
        tx.executeWithoutResult(s -> {
            users.create(username.trim(), blank(displayName) ? code.trim() : displayName.trim(), Role.INSTITUTION, hash);
            accounts.bind(username.trim(), code.trim(), auth.getName());
            auditLog.append(auth.getName(), "USER_CREATED", "user:" + username.trim(), "role INSTITUTION of " + code.trim());
        });
        flash.addFlashAttribute("notice", "saved");
        return "redirect:/admin/institutions";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
