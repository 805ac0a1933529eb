package org.fundguard.platform.auditlog;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The administrator's view of the audit log and its verification. */
@Controller
class AuditLogController {
    private final AuditLog auditLog;
    private final AuditLogVerifier verifier;

    AuditLogController(AuditLog auditLog, AuditLogVerifier verifier) {
        this.auditLog = auditLog;
        this.verifier = verifier;
    }

    @GetMapping("/admin/auditlog")
    String page(Model model) {
        model.addAttribute("entries", auditLog.recent(200));
        return "auditlog";
    }

    @PostMapping("/admin/auditlog/verify")
    String verify(Model model, Authentication auth) {
        ChainVerification v = verifier.verify();
        auditLog.append(auth.getName(), "AUDITLOG_VERIFIED", "audit_log", v.intact() ? "intact, " + v.checked() + " entries"
                : "broken at entry " + v.firstBrokenSeq());
        model.addAttribute("verification", v);
        model.addAttribute("entries", auditLog.recent(200));
        return "auditlog";
    }

    @GetMapping("/api/v1/auditlog/verify")
    @ResponseBody
    ChainVerification verifyApi() {
        return verifier.verify();
    }

    @GetMapping("/api/v1/auditlog")
    @ResponseBody
    List<AuditEntry> recent() {
        return auditLog.recent(500);
    }
}
